package org.chapterrelations.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import org.chapterrelations.notification.support.Api;
import org.chapterrelations.notification.support.TestClock;
import org.chapterrelations.notification.support.WebhookReceiver;
import org.chapterrelations.notification.support.WebhookReceiver.Call;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Signed webhooks to a real local HTTP server: retried on 5xx, never on 4xx, given up after a bounded time. */
@PlatformIntegrationTest
class WebhookDeliveryTest {

    private static final String SECRET = "webhook-test-secret-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    TestClock clock;

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSignedWebhookIsRetriedAfterAServerErrorAndThenDelivered() {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, call -> call == 1 ? 500 : 200)) {
            String staff = staffWithWebhook("hook-retry", receiver.url(), "ks");
            double deliveredBefore = deliveries("webhook", "delivered");
            double failedBefore = deliveries("webhook", "failed");
            double inAppBefore = deliveries("in-app", "delivered");

            TestKafka.sendCloudEvent(BILLS, "ks-2026-sb5", STATUS_CHANGED,
                    billStatusChanged("ks-2026-sb5", "ks", "high", "funding"));

            Delivery delivery = await().atMost(WAIT).until(() -> deliveryOf(staff),
                    found -> found != null && found.status() == DeliveryStatus.DELIVERED);
            assertThat(receiver.calls()).extracting(Call::answered).containsExactly(500, 200);
            assertThat(receiver.calls()).allSatisfy(call -> assertThat(call.signatureValid()).isTrue());
            assertThat(receiver.calls().get(1).body()).contains("\"title\":\"AB 1234 (Kansas) is now in committee\"",
                    "\"eventType\":\"legislation.BillStatusChanged.v1\"", "\"billId\":\"ks-2026-sb5\"");
            assertThat(delivery.attempts()).extracting(Attempt::response).containsExactly("HTTP 500", "HTTP 200");
            assertThat(deliveries("webhook", "delivered") - deliveredBefore).as("dashboard: delivered").isEqualTo(1);
            assertThat(deliveries("webhook", "failed") - failedBefore).as("dashboard: failed attempts").isEqualTo(1);
            assertThat(deliveries("in-app", "delivered") - inAppBefore).as("dashboard: in-app").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aDeliveryBelongsToTheTraceOfTheEventThatCausedIt() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, call -> 200)) {
            String staff = staffWithWebhook("hook-traced", receiver.url(), "wy");
            RecordHeaders headers = new RecordHeaders();
            Map.of("ce_id", UUID.randomUUID().toString(), "ce_source", "/legislation-service", "ce_type", STATUS_CHANGED,
                    "ce_subject", "wy-2026-sf9", "ce_time", Instant.now().toString(), "ce_specversion", "1.0",
                    "content-type", "application/json", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            TestKafka.send(new ProducerRecord<>(BILLS, null, "wy-2026-sf9",
                    billStatusChanged("wy-2026-sf9", "wy", "high", "funding").getBytes(StandardCharsets.UTF_8), headers));

            Delivery delivery = await().atMost(WAIT).until(() -> deliveryOf(staff),
                    found -> found != null && found.status() == DeliveryStatus.DELIVERED);
            assertThat(delivery.traceparent()).as("planned in the consumer's span of the event's trace")
                    .startsWith("00-" + traceId + "-");
        }
    }

    @Test
    void aClientErrorIsNeverRetried() {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, call -> 400)) {
            String staff = staffWithWebhook("hook-refused", receiver.url(), "ne");

            TestKafka.sendCloudEvent(BILLS, "ne-2026-lb6", STATUS_CHANGED,
                    billStatusChanged("ne-2026-lb6", "ne", "high", "funding"));

            Delivery delivery = await().atMost(WAIT).until(() -> deliveryOf(staff),
                    found -> found != null && found.status() == DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).singleElement()
                    .satisfies(attempt -> assertThat(attempt.response()).isEqualTo("HTTP 400"));
            assertThat(receiver.calls()).hasSize(1);
        }
    }

    @Test
    void aWebhookStillFailingAfterTheGiveUpTimeFailsForGood() {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, call -> 503)) {
            String staff = staffWithWebhook("hook-down", receiver.url(), "ia");
            double givenUpBefore = deliveries("webhook", "given-up");
            TestKafka.sendCloudEvent(BILLS, "ia-2026-hf8", STATUS_CHANGED,
                    billStatusChanged("ia-2026-hf8", "ia", "high", "funding"));
            await().atMost(WAIT).until(() -> receiver.calls().size() >= 1);

            clock.advance(Duration.ofHours(2));

            Delivery delivery = await().atMost(WAIT).until(() -> deliveryOf(staff),
                    found -> found != null && found.status() == DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).allSatisfy(a -> assertThat(a.response()).isEqualTo("HTTP 503"));
            int calls = receiver.calls().size();
            assertThat(mongo.findById(delivery.id(), Delivery.class).attempts()).hasSize(calls);
            assertThat(deliveries("webhook", "given-up") - givenUpBefore).isEqualTo(1);
        }
    }

    private double deliveries(String channel, String outcome) {
        Counter counter = registry.find("notification.deliveries").tag("channel", channel).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private String staffWithWebhook(String subject, String url, String jurisdiction) {
        String token = identity.token(subject, List.of("staff"), null);
        Api api = new Api(port);
        api.put("/api/notifications/me/preferences", token, """
                {"webhook":{"url":"%s","secret":"%s"},"channels":{"webhook":true,"email":false}}"""
                .formatted(url, SECRET));
        api.post("/api/notifications/me/subscriptions", token,
                "{\"kind\":\"jurisdiction\",\"value\":\"%s\"}".formatted(jurisdiction));
        return subject;
    }

    private Delivery deliveryOf(String recipientId) {
        return mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId).and("channel").is("webhook")),
                Delivery.class);
    }
}

package org.chapterrelations.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chapterrelations.notification.support.Api;
import org.chapterrelations.notification.support.WebhookReceiver;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@PlatformIntegrationTest
class StaffDeliveryLogTest {

    private static final String SECRET = "staff-log-secret-0123456789";
    private static final String DELIVERIES = "/api/notifications/deliveries";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Test
    void staffFindAFailedDeliveryWithWhatTheReceiverAnsweredAndResendIt() {
        AtomicBoolean fixed = new AtomicBoolean(false);
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, call -> fixed.get() ? 200 : 410)) {
            String subject = "log-hook-owner";
            String token = identity.token(subject, List.of("staff"), null);
            Api api = new Api(port);
            api.put("/api/notifications/me/preferences", token, """
                    {"webhook":{"url":"%s","secret":"%s"},"channels":{"webhook":true}}""".formatted(receiver.url(), SECRET));
            api.post("/api/notifications/me/subscriptions", token, "{\"kind\":\"jurisdiction\",\"value\":\"nm\"}");
            TestKafka.sendCloudEvent(BILLS, "nm-2026-hb9", STATUS_CHANGED,
                    billStatusChanged("nm-2026-hb9", "nm", "high", "funding"));
            Delivery failed = await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findOne(Query.query(
                    Criteria.where("recipientId").is(subject).and("status").is(DeliveryStatus.FAILED)), Delivery.class),
                    found -> found != null);
            String staff = identity.staffToken();

            String log = api.get(DELIVERIES + "?recipientId=" + subject + "&channel=webhook&status=failed", staff).body();
            assertThat(log).contains("\"id\":\"" + failed.id() + "\"", "\"response\":\"HTTP 410\"",
                    "\"status\":\"failed\"", "\"totalElements\":1");
            assertThat(api.get(DELIVERIES + "/stats", staff).body()).contains("\"webhook\":{\"delivered\":",
                    "\"in-app\":{");

            fixed.set(true);
            assertThat(api.post(DELIVERIES + "/" + failed.id() + "/resend", staff, "").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(failed.id(), Delivery.class).status()
                    == DeliveryStatus.DELIVERED);
            assertThat(mongo.findById(failed.id(), Delivery.class).attempts()).extracting(Attempt::response)
                    .containsExactly("HTTP 410", "HTTP 200");
            assertThat(api.post(DELIVERIES + "/" + failed.id() + "/resend", staff, "").statusCode()).isEqualTo(409);
        }
    }

    @Test
    void theDeliveryLogIsForStaffOnlyAndNamesABadFilter() {
        Api api = new Api(port);
        assertThat(api.get(DELIVERIES, identity.chapterOfficerToken("CA")).statusCode()).isEqualTo(403);
        assertThat(api.get(DELIVERIES + "?status=lost", identity.staffToken()).body()).contains("\"field\":\"status\"");
        assertThat(api.post(DELIVERIES + "/no-such-delivery/resend", identity.adminToken(), "").statusCode())
                .isEqualTo(404);
    }
}

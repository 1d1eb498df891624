package org.chapterrelations.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.notification.support.Api;
import org.chapterrelations.notification.support.TestSmtp;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import jakarta.mail.internet.MimeMessage;

/** From a real event to a message read back from the SMTP server, the delivery log and the delivery event. */
@PlatformIntegrationTest
class EmailDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    RecipientRepository recipients;

    @Test
    void aNewOfficerGetsAWelcomeEmailLoggedWithTheServersReplyAndReported() throws Exception {
        try (KafkaConsumer<String, byte[]> deliveries = TestKafka.consumerFromBeginning("notification.deliveries.v1")) {
            TestKafka.sendCloudEvent(DIRECTORY, "EML", OFFICER_APPOINTED,
                    officerAppointed("EML", "eml-person", "Ema Lund", "ema@eml.example"));

            await().atMost(WAIT).until(() -> TestSmtp.messagesTo("ema@eml.example").size() == 1);
            MimeMessage message = TestSmtp.messagesTo("ema@eml.example").get(0);
            assertThat(message.getSubject()).isEqualTo("Welcome, Ema Lund");
            assertThat(((String) message.getContent()).replace("\r\n", "\n"))
                    .contains("Welcome as president of EML, from 2026-07-01.");
            String unsubscribe = message.getHeader("List-Unsubscribe")[0];
            assertThat(unsubscribe).startsWith("<http://localhost:8080/api/notifications/unsubscribe?token=");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

            Delivery delivery = await().atMost(WAIT).until(() -> deliveryOf("person:eml-person", "email"),
                    found -> found != null && found.status() == DeliveryStatus.DELIVERED);
            assertThat(delivery.attempts()).singleElement().satisfies(attempt -> assertThat(attempt.response())
                    .startsWith("250").contains("Message-ID: " + message.getMessageID()));

            ConsumerRecord<String, byte[]> event = TestKafka.awaitRecord(deliveries, delivery.notificationId(),
                    "notification.NotificationDelivered.v1", WAIT);
            String json = new String(event.value());
            EventSchemas.assertValid("notification.NotificationDelivered.v1", json);
            assertThat(json).contains("\"channel\":\"email\"", "\"sourceEventType\":\"directory.OfficerAppointed.v1\"",
                    "\"recipientId\":\"person:eml-person\"");
        }
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndStopsThatTopic() throws Exception {
        TestKafka.sendCloudEvent(DIRECTORY, "UNS", OFFICER_APPOINTED,
                officerAppointed("UNS", "uns-person", "Uma Ng", "uma@uns.example"));
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo("uma@uns.example").size() == 1);
        String header = TestSmtp.messagesTo("uma@uns.example").get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        Api api = new Api(port);

        var response = api.post(link.getPath() + "?" + link.getQuery(), null, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"unsubscribed\":\"welcome\"");
        assertThat(recipients.findById(Recipient.officerId("uns-person")))
                .hasValueSatisfying(r -> assertThat(r.preferences().wantsTopic("welcome")).isFalse());
        assertThat(api.get(link.getPath() + "?token=forged." + "AAAA", null).statusCode()).isEqualTo(400);
    }

    @Test
    void aDeliveryIsMadeOncePerChannelEvenIfTheEventIsAppliedTwice() {
        String staff = "email-once-staff";
        new Api(port).put("/api/notifications/me/preferences", identity.token(staff, List.of("staff"), null),
                "{\"email\":\"once@staff.example\"}");
        new Api(port).post("/api/notifications/me/subscriptions", identity.token(staff, List.of("staff"), null),
                "{\"kind\":\"jurisdiction\",\"value\":\"ak\"}");
        String body = billStatusChanged("ak-2026-hb4", "ak", "high", "funding");
        String ceId = TestKafka.sendCloudEvent(BILLS, "ak-2026-hb4", STATUS_CHANGED, body);
        TestKafka.sendCloudEvent(BILLS, "ak-2026-hb4", STATUS_CHANGED, body, ceId);
        TestKafka.sendCloudEvent(BILLS, "ak-2026-hb4", STATUS_CHANGED, body.replace("in-committee", "passed-one-chamber"));

        await().atMost(WAIT).until(() -> TestSmtp.messagesTo("once@staff.example").size() == 2);
        assertThat(mongo.count(Query.query(Criteria.where("recipientId").is(staff)), Delivery.class)).isEqualTo(2);
        assertThat(mongo.count(Query.query(Criteria.where("recipientId").is(staff)), Notification.class)).isEqualTo(2);
    }

    private Delivery deliveryOf(String recipientId, String channel) {
        return mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId).and("channel").is(channel)),
                Delivery.class);
    }

}

package org.chapterrelations.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.notification.support.Events.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.chapterrelations.notification.support.Api;
import org.chapterrelations.notification.support.TestClock;
import org.chapterrelations.notification.support.TestSmtp;
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

import jakarta.mail.internet.MimeMessage;

/** E-mail waits for the end of quiet hours, and digests gather a day's notifications, on a controlled clock. */
@PlatformIntegrationTest
class QuietHoursAndDigestTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmailDuringQuietHoursIsHeldUntilTheyEnd() {
        // 22:30 in Chicago (UTC-6 in January); quiet until 07:00 there, 13:00 UTC.
        clock.setTo(Instant.parse("2027-01-12T04:30:00Z"));
        String staff = staffWithEmail("quiet-staff", "quiet@staff.example", "ok", """
                ,"quietHours":{"start":"22:00","end":"07:00","timeZone":"America/Chicago"}""");

        TestKafka.sendCloudEvent(BILLS, "ok-2027-hb1", STATUS_CHANGED,
                billStatusChanged("ok-2027-hb1", "ok", "high", "funding"));

        Delivery held = await().atMost(WAIT).until(() -> emailDeliveryOf(staff), found -> found != null);
        assertThat(held.nextAttemptAt()).isEqualTo(Instant.parse("2027-01-12T13:00:00Z"));
        await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> TestSmtp.messagesTo("quiet@staff.example")
                .isEmpty());

        clock.setTo(Instant.parse("2027-01-12T13:00:01Z"));

        await().atMost(WAIT).until(() -> TestSmtp.messagesTo("quiet@staff.example").size() == 1);
    }

    @Test
    void aDailyDigestSendsOneEmailWithTheDaysNotificationsAtTheDigestHour() throws Exception {
        clock.setTo(Instant.parse("2027-01-13T10:00:00Z"));
        String staff = staffWithEmail("digest-staff", "digest@staff.example", "ar", ",\"deliveryMode\":\"daily-digest\"");

        TestKafka.sendCloudEvent(BILLS, "ar-2027-hb1", STATUS_CHANGED,
                billStatusChanged("ar-2027-hb1", "ar", "high", "funding"));
        TestKafka.sendCloudEvent(BILLS, "ar-2027-hb2", TRACKED, """
                {"billId":"ar-2027-hb2","jurisdiction":"ar","session":"2027","identifier":"HB 2","title":"E-rate",
                 "status":"introduced","issueAreas":["broadband"],"trackedBy":"staff-alice"}""");
        await().atMost(WAIT).until(() -> mongo.count(Query.query(Criteria.where("recipientId").is(staff)),
                Delivery.class) == 2);
        await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> TestSmtp.messagesTo("digest@staff.example")
                .isEmpty());

        clock.setTo(Instant.parse("2027-01-14T08:00:01Z"));

        await().atMost(WAIT).until(() -> TestSmtp.messagesTo("digest@staff.example").size() == 1);
        MimeMessage digest = TestSmtp.messagesTo("digest@staff.example").get(0);
        assertThat(digest.getSubject()).isEqualTo("Your daily digest: 2 notifications");
        assertThat((String) digest.getContent()).contains("AB 1234 (Arkansas) is now in committee",
                "Now tracking HB 2 (Arkansas), introduced");
        // The digest is sent first, then each of its deliveries is marked: the last mark may land just after the mail.
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                mongo.find(Query.query(Criteria.where("recipientId").is(staff)), Delivery.class))
                .hasSize(2)
                .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED)));
    }

    private String staffWithEmail(String subject, String email, String jurisdiction, String extra) {
        String token = identity.token(subject, List.of("staff"), null);
        Api api = new Api(port);
        api.put("/api/notifications/me/preferences", token, "{\"email\":\"%s\"%s}".formatted(email, extra));
        api.post("/api/notifications/me/subscriptions", token,
                "{\"kind\":\"jurisdiction\",\"value\":\"%s\"}".formatted(jurisdiction));
        return subject;
    }

    private Delivery emailDeliveryOf(String recipientId) {
        return mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId).and("channel").is("email")),
                Delivery.class);
    }
}

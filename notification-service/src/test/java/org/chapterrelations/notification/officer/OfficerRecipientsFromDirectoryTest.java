package org.chapterrelations.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class OfficerRecipientsFromDirectoryTest {

    private static final String TOPIC = "directory.chapters.v1";
    private static final String APPOINTED = "directory.OfficerAppointed.v1";
    private static final String TERM_ENDED = "directory.OfficerTermEnded.v1";
    private static final String MARIA_TERM = "5b1f0c8e-1d2a-4c55-9a57-0f6c1f7f2a10";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    OfficerRecipientRepository recipients;

    @Test
    void staffSeeAChaptersOfficersUntilTheirTermEnds() {
        TestKafka.sendSchemaExamples(TOPIC, APPOINTED, "chapterId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(officers("CA", identity.staffToken()).body()).contains("\"name\":\"Maria Lopez\"",
                    "\"role\":\"president\"", "\"email\":\"maria.lopez@example.org\"");
            assertThat(officers("MPLA", identity.adminToken()).body()).contains("\"name\":\"Sam Whitehorse\"",
                    "\"role\":\"councilor\"");
        });

        TestKafka.sendSchemaExamples(TOPIC, TERM_ENDED, "chapterId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recipients.findById(MARIA_TERM))
                .hasValueSatisfying(term -> assertThat(term.active()).isFalse()));
        assertThat(officers("CA", identity.staffToken()).body()).doesNotContain("Maria Lopez");
        assertThat(officers("MPLA", identity.staffToken()).body()).contains("Sam Whitehorse");
    }

    @Test
    void aReplayedAppointmentDoesNotReviveAnEndedTerm() {
        TestKafka.sendCloudEvent(TOPIC, "RP", APPOINTED, term("RP", "rp-1", "Ada Reyes", "2024-07-01"));
        TestKafka.sendCloudEvent(TOPIC, "RP", TERM_ENDED, term("RP", "rp-1", "Ada Reyes", "2024-07-01",
                "2025-06-30"));
        TestKafka.sendCloudEvent(TOPIC, "RP", APPOINTED, term("RP", "rp-1", "Ada Reyes", "2024-07-01"));
        TestKafka.sendCloudEvent(TOPIC, "RP", APPOINTED, term("RP", "rp-2", "Ben Ortiz", "2025-07-01"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(officers("RP", identity.staffToken()).body()).contains("Ben Ortiz"));
        assertThat(officers("RP", identity.staffToken()).body()).doesNotContain("Ada Reyes");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String ceId = TestKafka.sendCloudEvent(TOPIC, "DU", APPOINTED, term("DU", "du-1", "Chris Dunn", "2025-01-01"));
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById("du-1").isPresent());

        TestKafka.sendCloudEvent(TOPIC, "DU", APPOINTED, term("DU", "du-1", "Someone Else", "2025-01-01"), ceId);
        TestKafka.sendCloudEvent(TOPIC, "DU", APPOINTED, term("DU", "du-2", "Dana Fox", "2025-01-01"));

        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById("du-2").isPresent());
        assertThat(recipients.findById("du-1")).hasValueSatisfying(
                term -> assertThat(term.personName()).isEqualTo("Chris Dunn"));
    }

    @Test
    void officersAreForOfficeStaffOnly() {
        assertThat(officers("CA", identity.chapterOfficerToken("CA")).statusCode()).isEqualTo(403);
        assertThat(officers("CA", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAppointmentWithoutAPersonNameIsDeadLetteredNotApplied() {
        try (KafkaConsumer<String, byte[]> deadLetters =
                TestKafka.consumerFromBeginning(TOPIC + ".notification-service.dlq")) {
            TestKafka.sendCloudEvent(TOPIC, "NONAME", APPOINTED, """
                    {"chapterId":"NONAME","termId":"noname-1","personId":"p-1","role":"president",
                     "start":"2025-01-01"}""");

            TestKafka.awaitRecord(deadLetters, "NONAME", Duration.ofSeconds(30));
            assertThat(recipients.findById("noname-1")).isEmpty();
        }
    }

    private HttpResponse<String> officers(String chapterId, String token) {
        return new TestHttp(port).get("/api/notifications/chapters/" + chapterId + "/officers", token);
    }

    private static String term(String chapterId, String termId, String name, String start) {
        return term(chapterId, termId, name, start, null);
    }

    private static String term(String chapterId, String termId, String name, String start, String end) {
        return """
                {"chapterId":"%s","termId":"%s","personId":"person-%s","personName":"%s",
                 "email":"officer@example.org","role":"secretary","start":"%s","end":%s}"""
                .formatted(chapterId, termId, termId, name, start, end == null ? "null" : "\"" + end + "\"");
    }
}

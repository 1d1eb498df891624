package org.chapterrelations.survey.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class RosterFromDirectoryEventsTest {

    private static final String TOPIC = "directory.chapters.v1";
    private static final String REGISTERED = "directory.ChapterRegistered.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    RosterRepository roster;

    @Test
    void everyRegisteredChapterFromTheDirectoryOwesAReport() {
        TestKafka.sendSchemaExamples(TOPIC, REGISTERED, "chapterId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rosterJson())
                .contains("\"chapterId\":\"CA\"", "\"chapterId\":\"MPLA\"", "\"owesReport\":true"));
    }

    @Test
    void aRetiredChapterDropsOutOfTheRoster() {
        TestKafka.sendCloudEvent(TOPIC, "VT", REGISTERED, chapter("VT", "active"));
        await().atMost(Duration.ofSeconds(20)).until(() -> roster.findById("VT").isPresent());

        TestKafka.sendCloudEvent(TOPIC, "VT", "directory.ChapterRetired.v1", chapter("VT", "retired"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(roster.findById("VT")).hasValueSatisfying(entry -> assertThat(entry.owesReport()).isFalse());
            assertThat(rosterJson()).doesNotContain("\"chapterId\":\"VT\"");
        });
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String eventId = TestKafka.sendCloudEvent(TOPIC, "ME", REGISTERED, chapter("ME", "active"));
        await().atMost(Duration.ofSeconds(20)).until(() -> roster.findById("ME").isPresent());
        // The directory retires the chapter; then the old registration is redelivered (at-least-once).
        TestKafka.sendCloudEvent(TOPIC, "ME", "directory.ChapterRetired.v1", chapter("ME", "retired"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> roster.findById("ME").map(entry -> !entry.owesReport()).orElse(false));

        TestKafka.sendCloudEvent(TOPIC, "ME", REGISTERED, chapter("ME", "active"), eventId);
        TestKafka.sendCloudEvent(TOPIC, "ZZ-MARKER", REGISTERED, chapter("ZZ-MARKER", "active"));
        await().atMost(Duration.ofSeconds(20)).until(() -> roster.findById("ZZ-MARKER").isPresent());

        assertThat(roster.findById("ME")).hasValueSatisfying(entry -> assertThat(entry.owesReport()).isFalse());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        try (KafkaConsumer<String, byte[]> deadLetters = TestKafka.consumerFromBeginning(TOPIC + ".survey-service.dlq")) {
            TestKafka.send(new ProducerRecord<>(TOPIC, "POISON", "{not json".getBytes()));
            TestKafka.sendCloudEvent(TOPIC, "NH", REGISTERED, chapter("NH", "active"));

            await().atMost(Duration.ofSeconds(20)).until(() -> roster.findById("NH").isPresent());
            ConsumerRecord<String, byte[]> dead = TestKafka.awaitRecord(deadLetters, "POISON", Duration.ofSeconds(30));
            assertThat(TestKafka.header(dead, "x-original-topic")).isEqualTo(TOPIC);
        }
    }

    @Test
    void onlyStaffSeeTheRoster() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get(identity.chapterOfficerToken("CA")).statusCode()).isEqualTo(403);
        assertThat(get(identity.token("admin-ada", List.of("admin"), null)).statusCode()).isEqualTo(200);
    }

    private static String chapter(String id, String status) {
        return """
                {"chapterId":"%s","code":"%s","name":"%s Library Association","kind":"state","state":"NE","status":"%s",
                 "futureField":{"ignored":true}}""".formatted(id, id, id, status);
    }

    private String rosterJson() throws Exception {
        HttpResponse<String> response = get(identity.staffToken());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String token) {
        return new TestHttp(port).get("/api/surveys/roster?size=100", token);
    }
}

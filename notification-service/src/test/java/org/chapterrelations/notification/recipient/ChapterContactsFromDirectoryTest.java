package org.chapterrelations.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class ChapterContactsFromDirectoryTest {

    private static final String TOPIC = "directory.chapters.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    ChapterContactRepository contacts;

    @Test
    void staffSeeTheChaptersLearntFromTheDirectoryWithTheirPublicEmail() {
        TestKafka.sendSchemaExamples(TOPIC, "directory.ChapterRegistered.v1", "chapterId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = new TestHttp(port).get("/api/notifications/chapters", identity.staffToken());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"chapterId\":\"CA\"", "\"publicEmail\":\"info@cla-net.org\"",
                    "\"chapterId\":\"MPLA\"");
        });
        assertThat(new TestHttp(port).get("/api/notifications/chapters", identity.chapterOfficerToken("CA"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aRetiredChapterIsNoLongerReachable() {
        TestKafka.sendCloudEvent(TOPIC, "KS", "directory.ChapterRetired.v1", """
                {"chapterId":"KS","code":"KS","name":"Kansas Library Association","kind":"state","state":"KS",
                 "status":"retired","publicEmail":"kla@example.org"}""");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(contacts.findById("KS"))
                .hasValueSatisfying(contact -> assertThat(contact.reachable()).isFalse()));
    }

    @Test
    void anEventMissingRequiredFieldsIsDeadLetteredNotApplied() {
        try (KafkaConsumer<String, byte[]> deadLetters =
                TestKafka.consumerFromBeginning(TOPIC + ".notification-service.dlq")) {
            TestKafka.sendCloudEvent(TOPIC, "XX", "directory.ChapterRegistered.v1", "{\"code\":\"XX\"}");
            TestKafka.send(new ProducerRecord<>(TOPIC, "YY", "no headers at all".getBytes()));

            TestKafka.awaitRecord(deadLetters, "XX", Duration.ofSeconds(30));
            TestKafka.awaitRecord(deadLetters, "YY", Duration.ofSeconds(30));
            assertThat(contacts.findById("XX")).isEmpty();
        }
    }
}

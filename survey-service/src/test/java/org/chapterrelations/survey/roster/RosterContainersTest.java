package org.chapterrelations.survey.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.chapterrelations.platform.test.ContainersIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.chapterrelations.platform.test.TestKafkaClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link RosterFromDirectoryEventsTest}'s main flow against real Kafka and MongoDB containers. */
@ContainersIntegrationTest
class RosterContainersTest {

    private static final String REGISTERED = "directory.ChapterRegistered.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    KafkaConnectionDetails kafka;

    @Test
    void everyRegisteredChapterFromTheDirectoryOwesAReport() {
        TestKafkaClient broker = TestKafka.at(String.join(",", kafka.getBootstrapServers()));
        broker.sendSchemaExamples("directory.chapters.v1", REGISTERED, "chapterId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = new TestHttp(port).get("/api/surveys/roster?size=100",
                    identity.staffToken());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"chapterId\":\"CA\"", "\"chapterId\":\"MPLA\"",
                    "\"owesReport\":true");
        });
    }
}

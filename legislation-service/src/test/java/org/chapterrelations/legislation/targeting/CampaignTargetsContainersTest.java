package org.chapterrelations.legislation.targeting;

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

/** {@link CampaignTargetsTest}'s main flow against real Kafka and MongoDB containers. */
@ContainersIntegrationTest
class CampaignTargetsContainersTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    KafkaConnectionDetails kafka;

    @Test
    void aCampaignInAStateReachesTheActiveChaptersOfThatState() {
        TestKafkaClient broker = TestKafka.at(String.join(",", kafka.getBootstrapServers()));
        register(broker, "OH", "OH", "active");
        register(broker, "OH-STUDENTS", "OH", "active");
        register(broker, "OH-OLD", "OH", "retired");
        register(broker, "MI", "MI", "active");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = new TestHttp(port).get("/api/legislation/campaign-targets?state=oh",
                    identity.staffToken());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"chapterId\":\"OH\"", "\"chapterId\":\"OH-STUDENTS\"")
                    .doesNotContain("OH-OLD", "\"chapterId\":\"MI\"");
        });
    }

    private static void register(TestKafkaClient broker, String id, String state, String status) {
        broker.sendCloudEvent("directory.chapters.v1", id, "directory.ChapterRegistered.v1", """
                {"chapterId":"%s","code":"%s","name":"%s chapter","kind":"state","state":"%s","status":"%s"}"""
                .formatted(id, id, id, state, status));
    }
}

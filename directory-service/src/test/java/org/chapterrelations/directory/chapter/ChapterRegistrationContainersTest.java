package org.chapterrelations.directory.chapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.ContainersIntegrationTest;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link ChapterRegistrationTest}'s main flow against real Kafka and MongoDB containers. */
@ContainersIntegrationTest
class ChapterRegistrationContainersTest {

    private static final String TOPIC = "directory.chapters.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    KafkaConnectionDetails kafka;

    @Test
    void staffRegistersAChapterThatIsPublishedAsACloudEventAndPubliclyReadable() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.at(String.join(",", kafka.getBootstrapServers()))
                .consumerFromBeginning(TOPIC)) {
            HttpResponse<String> response = new TestHttp(port).post("/api/directory/chapters", identity.staffToken(),
                    """
                    {"code":"ne","name":"Nebraska Library Association","kind":"state","state":"ne",
                     "website":"https://www.nebraskalibraries.org","publicEmail":"info@nebraskalibraries.org"}""");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue("/api/directory/chapters/NE");

            ConsumerRecord<String, byte[]> record = TestKafka.awaitRecord(consumer, "NE", Duration.ofSeconds(30));
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo("directory.ChapterRegistered.v1");
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/directory-service");
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo("NE");
            assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(TestKafka.header(record, "ce_id"))).isNotNull();
            EventSchemas.assertValid("directory.ChapterRegistered.v1", new String(record.value(), UTF_8));
        }

        HttpResponse<String> anonymous = new TestHttp(port).get("/api/directory/chapters/ne", null);

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"name\":\"Nebraska Library Association\"");
    }
}

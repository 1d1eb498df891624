package org.chapterrelations.directory.chapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@PlatformIntegrationTest
class ChapterRegistrationTest {

    private static final String TOPIC = "directory.chapters.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void staffRegistersAChapterAndItsRegistrationIsPublishedAsACloudEvent() throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(TOPIC)) {
            HttpResponse<String> response = post(identity.staffToken(), """
                    {"code":"ne","name":"Nebraska Library Association","kind":"state","state":"ne",
                     "website":"https://www.nebraskalibraries.org","publicEmail":"info@nebraskalibraries.org"}""");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue("/api/directory/chapters/NE");
            assertThat(response.headers().firstValue("ETag")).isPresent();
            assertThat(response.body()).contains("\"id\":\"NE\"", "\"kind\":\"state\"", "\"status\":\"active\"");

            ConsumerRecord<String, byte[]> record = TestKafka.awaitRecord(consumer, "NE", Duration.ofSeconds(20));
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo("directory.ChapterRegistered.v1");
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/directory-service");
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo("NE");
            assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(TestKafka.header(record, "ce_id"))).isNotNull();
            String body = new String(record.value(), UTF_8);
            EventSchemas.assertValid("directory.ChapterRegistered.v1", body);
            assertThat(body).contains("\"name\":\"Nebraska Library Association\"");
        }
        // The event left the chapter's document once the broker acknowledged it.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.getCollection("chapters").find(new org.bson.Document("_id", "NE")).first()
                        .getList("pendingEvents", Object.class)).isEmpty());
    }

    @Test
    void registeredChapterIsPubliclyReadable() throws Exception {
        post(identity.staffToken(), """
                {"code":"IA","name":"Iowa Library Association","kind":"state","state":"IA"}""");

        HttpResponse<String> anonymous = new TestHttp(port).get("/api/directory/chapters/ia", null);

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"name\":\"Iowa Library Association\"");
    }

    @Test
    void registeringTheSameCodeTwiceIsAConflict() throws Exception {
        String body = """
                {"code":"OR","name":"Oregon Library Association","kind":"state","state":"OR"}""";
        assertThat(post(identity.staffToken(), body).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post(identity.staffToken(), body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() throws Exception {
        HttpResponse<String> response = post(identity.staffToken(), """
                {"code":"1","name":"","kind":"state","state":"California","publicEmail":"not-an-email"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"code\"", "\"field\":\"name\"", "\"field\":\"state\"",
                "\"field\":\"publicEmail\"").doesNotContain("Exception", "at org.");
    }

    @Test
    void unknownKindIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> response = post(identity.staffToken(), """
                {"code":"TX","name":"Texas Library Association","kind":"galactic","state":"TX"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"kind\"", "must be one of state, regional, student");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        HttpResponse<String> response = post(identity.staffToken(), "{\"code\": \"TX\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON").doesNotContain("jackson", "Exception");
    }

    @Test
    void onlyStaffMayRegisterChapters() throws Exception {
        String body = """
                {"code":"WA","name":"Washington Library Association","kind":"state","state":"WA"}""";

        assertThat(post(null, body).statusCode()).isEqualTo(401);
        assertThat(post(identity.chapterOfficerToken("CA"), body).statusCode()).isEqualTo(403);
        assertThat(post(identity.expiredToken("staff-alice", List.of("staff")), body).statusCode()).isEqualTo(401);
        assertThat(post(identity.tokenFromOtherIssuer("staff-alice", List.of("staff")), body).statusCode())
                .isEqualTo(401);
        assertThat(post(identity.tokenWithForeignSignature("staff-alice", List.of("staff")), body).statusCode())
                .isEqualTo(401);
        assertThat(mongo.getCollection("chapters").countDocuments(new org.bson.Document("_id", "WA"))).isZero();
    }

    private HttpResponse<String> post(String token, String json) {
        return new TestHttp(port).post("/api/directory/chapters", token, json);
    }
}

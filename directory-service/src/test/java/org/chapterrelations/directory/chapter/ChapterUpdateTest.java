package org.chapterrelations.directory.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.chapter.ChapterApi.etag;
import static org.chapterrelations.directory.chapter.ChapterApi.uniqueCode;

import java.net.http.HttpResponse;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing a chapter with PUT and If-Match: who may change what, and the ChapterUpdated event. */
@PlatformIntegrationTest
class ChapterUpdateTest {

    private static final String UPDATED = "directory.ChapterUpdated.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ChapterApi api;
    private String code;
    private String etag;

    @BeforeEach
    void registerChapter() {
        api = new ChapterApi(port);
        code = uniqueCode();
        etag = api.registerState(staff, code, "OR", "\"website\":\"https://old.example.org\"");
    }

    private String body(String name, String website, String extra) {
        return """
                {"name":"%s","kind":"state","state":"OR","website":"%s"%s}""".formatted(name, website, extra);
    }

    @Test
    void staffChangesAnyFieldAndTheChangedFieldsArePublished() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ChapterApi.TOPIC)) {
            HttpResponse<String> response = api.put(code, staff, etag, body("Oregon Library Association",
                    "https://new.example.org", ",\"foundedYear\":1940"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(etag(response)).isNotEqualTo(etag);
            assertThat(response.body()).contains("\"name\":\"Oregon Library Association\"", "\"foundedYear\":1940");
            String event = ChapterApi.awaitEvent(consumer, code, UPDATED);
            EventSchemas.assertValid(UPDATED, event);
            assertThat(event).contains("\"changedFields\":[\"name\",\"website\",\"foundedYear\"]",
                    "\"website\":\"https://new.example.org\"", "\"chapterId\":\"" + code + "\"");
        }
    }

    @Test
    void resendingTheSameValuesChangesNothingAndPublishesNothing() {
        HttpResponse<String> response = api.put(code, staff, etag, body(code + " Library Association",
                "https://old.example.org", ""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(etag(response)).isEqualTo(etag);
        assertThat(mongo.getCollection("chapters").find(new org.bson.Document("_id", code)).first()
                .getLong("version")).isZero();
    }

    @Test
    void updateWithoutIfMatchIsRefusedAsPreconditionRequired() {
        HttpResponse<String> response = api.put(code, staff, null, body("X", "https://x.example.org", ""));

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void updateWithAStaleETagIsRefusedAndChangesNothing() {
        assertThat(api.put(code, staff, etag, body("First", "https://old.example.org", "")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = api.put(code, staff, etag, body("Second", "https://old.example.org", ""));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(api.get(ChapterApi.PATH + "/" + code, null).body()).contains("\"name\":\"First\"");
    }

    @Test
    void chapterOfficerChangesTheirOwnChaptersContactFields() {
        HttpResponse<String> response = api.put(code, identity.chapterOfficerToken(code), etag,
                body(code + " Library Association", "https://officer.example.org",
                        ",\"publicPhone\":\"503-555-0100\",\"mailingAddress\":{\"city\":\"Salem\",\"state\":\"OR\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"website\":\"https://officer.example.org\"", "\"city\":\"Salem\"");
    }

    @Test
    void chapterOfficerMayNotChangeOtherFieldsAndIsToldWhich() {
        HttpResponse<String> response = api.put(code, identity.chapterOfficerToken(code), etag,
                body("Renamed", "https://old.example.org", ",\"studentProgram\":true"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"studentProgram\"")
                .doesNotContain("\"field\":\"website\"");
        assertThat(api.get(ChapterApi.PATH + "/" + code, null).body()).contains("\"name\":\"" + code);
    }

    @Test
    void officersOfOtherChaptersAndAnonymousCallersMayNotEdit() {
        String json = body(code + " Library Association", "https://evil.example.org", "");

        assertThat(api.put(code, identity.chapterOfficerToken("CA"), etag, json).statusCode()).isEqualTo(403);
        assertThat(api.put(code, null, etag, json).statusCode()).isEqualTo(401);
    }

    @Test
    void theCodeCannotChange() {
        HttpResponse<String> response = api.put(code, staff, etag,
                "{\"code\":\"OTHER\",\"name\":\"X\",\"kind\":\"state\",\"state\":\"OR\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"code\"");
    }

    @Test
    void invalidReplacementIsABadRequestNamingTheFields() {
        HttpResponse<String> response = api.put(code, staff, etag,
                "{\"name\":\"\",\"kind\":\"state\",\"state\":\"OR\",\"publicEmail\":\"nope\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"publicEmail\"");
    }

    @Test
    void updatingAnUnknownChapterIsNotFound() {
        assertThat(api.put("NOSUCHCODE", staff, "\"0\"", body("X", "https://x.example.org", "")).statusCode())
                .isEqualTo(404);
    }
}

package org.chapterrelations.directory.chapter;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Retiring a chapter keeps it for history and tells the other services. */
@PlatformIntegrationTest
class ChapterRetirementTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private ChapterApi api;
    private String code;

    @BeforeEach
    void registerChapter() {
        api = new ChapterApi(port);
        code = uniqueCode();
        api.registerState(staff, code, "VT", "");
    }

    @Test
    void staffRetiresAChapterWhichStaysReadableAndIsPublishedAsRetired() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ChapterApi.TOPIC)) {
            HttpResponse<String> response = api.action(code, "retire", identity.adminToken());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"retired\"");
            String event = ChapterApi.awaitEvent(consumer, code, "directory.ChapterRetired.v1");
            EventSchemas.assertValid("directory.ChapterRetired.v1", event);
            assertThat(event).contains("\"status\":\"retired\"");
        }
        assertThat(api.get(ChapterApi.PATH + "/" + code, null).body()).contains("\"status\":\"retired\"");
    }

    @Test
    void retiringARetiredChapterIsAConflict() {
        assertThat(api.action(code, "retire", staff).statusCode()).isEqualTo(200);

        HttpResponse<String> again = api.action(code, "retire", staff);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void onlyStaffMayRetire() {
        assertThat(api.action(code, "retire", identity.chapterOfficerToken(code)).statusCode()).isEqualTo(403);
        assertThat(api.action(code, "retire", null).statusCode()).isEqualTo(401);
        assertThat(api.get(ChapterApi.PATH + "/" + code, null).body()).contains("\"status\":\"active\"");
    }

    @Test
    void reactivatingPublishesTheStatusChange() {
        api.action(code, "retire", staff);
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ChapterApi.TOPIC)) {
            HttpResponse<String> response = api.action(code, "reactivate", staff);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"active\"");
            String event = ChapterApi.awaitEvent(consumer, code, "directory.ChapterUpdated.v1");
            EventSchemas.assertValid("directory.ChapterUpdated.v1", event);
            assertThat(event).contains("\"changedFields\":[\"status\"]", "\"status\":\"active\"");
        }
        assertThat(api.action(code, "reactivate", staff).statusCode()).isEqualTo(409);
    }

    @Test
    void retiringAnUnknownChapterIsNotFound() {
        assertThat(api.action("NOSUCHCODE", "retire", staff).statusCode()).isEqualTo(404);
    }
}

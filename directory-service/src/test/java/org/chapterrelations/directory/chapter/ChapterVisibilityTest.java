package org.chapterrelations.directory.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.chapter.ChapterApi.uniqueCode;

import java.net.http.HttpResponse;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Chapter entries are public except the sample-data mark, which only staff see. */
@PlatformIntegrationTest
class ChapterVisibilityTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    private ChapterApi api;
    private String code;

    @BeforeEach
    void registerSampleChapter() {
        api = new ChapterApi(port);
        code = uniqueCode();
        api.registerState(identity.staffToken(), code, "WY",
                "\"sampleData\":true,\"memberCount\":{\"year\":2025,\"count\":140},\"publicEmail\":\"hi@wyla.org\"");
    }

    @Test
    void anonymousCallersSeePublicFieldsButNotTheSampleDataMark() {
        HttpResponse<String> response = api.get(ChapterApi.PATH + "/" + code, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(response.body()).contains("\"publicEmail\":\"hi@wyla.org\"", "\"count\":140")
                .doesNotContain("sampleData");
    }

    @Test
    void officersOfOtherChaptersSeeWhatThePublicSees() {
        assertThat(api.get(ChapterApi.PATH + "/" + code, identity.chapterOfficerToken("CA")).body())
                .doesNotContain("sampleData");
    }

    @Test
    void staffSeeTheSampleDataMarkInTheEntryAndTheList() {
        assertThat(api.get(ChapterApi.PATH + "/" + code, identity.staffToken()).body())
                .contains("\"sampleData\":true");
        assertThat(api.get(ChapterApi.PATH + "?q=" + code, identity.staffToken()).body())
                .contains("\"sampleData\":true");
        assertThat(api.get(ChapterApi.PATH + "?q=" + code, null).body()).contains("\"code\":\"" + code + "\"")
                .doesNotContain("sampleData");
    }

    @Test
    void anUnchangedEntryIsNotSentAgain() {
        HttpResponse<String> response = new TestHttp(port).send(new TestHttp(port)
                .request(ChapterApi.PATH + "/" + code, null).header("If-None-Match", "\"0\"").GET());

        assertThat(response.statusCode()).isEqualTo(304);
    }

    @Test
    void anUnknownChapterIsNotFound() {
        HttpResponse<String> response = api.get(ChapterApi.PATH + "/NOSUCHCODE", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}

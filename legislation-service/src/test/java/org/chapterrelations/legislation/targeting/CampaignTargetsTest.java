package org.chapterrelations.legislation.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class CampaignTargetsTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Test
    void aCampaignInAStateReachesTheActiveChaptersCoveringThatState() {
        register("OH", "OH", "active");
        register("OH-STUDENTS", "OH", "active");
        register("OH-OLD", "OH", "retired");
        register("MI", "MI", "active");
        TestKafka.sendCloudEvent("directory.chapters.v1", "GLR", "directory.ChapterRegistered.v1", """
                {"chapterId":"GLR","code":"GLR","name":"Great Lakes Region","kind":"regional","state":"MI",
                 "states":["MI","OH","IN"],"status":"active"}""");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = new TestHttp(port).get("/api/legislation/campaign-targets?state=oh", identity.staffToken());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"chapterId\":\"OH\"", "\"chapterId\":\"OH-STUDENTS\"",
                    "\"chapterId\":\"GLR\"")
                    .doesNotContain("OH-OLD", "\"chapterId\":\"MI\"");
        });
    }

    @Test
    void anInvalidStateIsNamedInTheProblem() {
        var response = new TestHttp(port).get("/api/legislation/campaign-targets?state=Ohio", identity.staffToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"state\"");
    }

    @Test
    void chapterOfficersCannotListTargets() {
        assertThat(new TestHttp(port).get("/api/legislation/campaign-targets?state=OH",
                identity.chapterOfficerToken("CA")).statusCode()).isEqualTo(403);
    }

    private static void register(String id, String state, String status) {
        TestKafka.sendCloudEvent("directory.chapters.v1", id, "directory.ChapterRegistered.v1", """
                {"chapterId":"%s","code":"%s","name":"%s chapter","kind":"state","state":"%s","status":"%s"}"""
                .formatted(id, id, id, state, status));
    }
}

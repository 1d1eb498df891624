package org.chapterrelations.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.LiveNotificationsTestSupport;
import org.chapterrelations.gateway.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The directory is down in this gateway. */
class RetryTest extends LiveNotificationsTestSupport {

    @Test
    void readThatCannotConnectIsRetriedTwiceBeforeThe503() {
        client().get().uri("/api/directory/retried-read")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(attempts("GET", "/api/directory/retried-read")).isEqualTo(3);
    }

    @Test
    void writeThatCannotConnectIsNeverRetried() {
        client().post().uri("/api/directory/unretried-write")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.IDP.staffToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(attempts("POST", "/api/directory/unretried-write")).isEqualTo(1);
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}

package org.chapterrelations.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** How long a path and query the gateway reads: as much as the services' Tomcat does (8 KB of request line). */
class RequestLineLimitTest extends GatewayTestSupport {

    @Test
    void aSixKilobyteSearchReachesTheService() {
        String query = "q=" + "library ".repeat(6 * 1024 / 8).strip().replace(' ', '+');
        client.get().uri("/api/directory/chapters?" + query).header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isOk();

        assertThat(DIRECTORY.lastReceived().pathAndQuery()).isEqualTo("/api/directory/chapters?" + query);
    }

    @Test
    void aRequestLineOverEightKilobytesIsRefusedAsTooLongBeforeAnyService() {
        DIRECTORY.forget();
        client.get().uri("/api/directory/chapters?q=" + "x".repeat(9 * 1024))
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isEqualTo(414);

        assertThat(DIRECTORY.received()).isEmpty();
    }
}

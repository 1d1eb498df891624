package org.chapterrelations.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Paths Spring Security's exchange firewall refuses are answered as problems, and no service sees them. */
class RefusedPathTest extends GatewayTestSupport {

    @Test
    void anEncodedPercentSignInThePathIsABadRequestProblem() {
        // found by schemathesis: the firewall's own 400 had no body at all
        DIRECTORY.forget();
        client.get().uri(URI.create("http://localhost:" + port + "/api/directory/chapters/a%25b"))
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);

        assertThat(DIRECTORY.received()).isEmpty();
    }
}

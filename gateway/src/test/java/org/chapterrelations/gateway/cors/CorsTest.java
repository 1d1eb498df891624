package org.chapterrelations.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The test gateway allows the default origins, among them the local web app on port 5173. */
class CorsTest extends GatewayTestSupport {

    private static final String WEB_APP = "http://localhost:5173";

    @Test
    void preflightFromAConfiguredWebOriginIsAllowedWithoutAToken() {
        preflight(WEB_APP, "POST")
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_APP)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "content-type"));

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void preflightFromAnyOtherOriginIsRefusedWithoutAllowOrigin() {
        preflight("https://evil.example", "POST")
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void crossOriginReadFromAnotherOriginIsRefusedAndNeverReachesTheService() {
        client.get().uri("/api/directory/chapters").header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void crossOriginAnswerExposesTheHeadersAWebAppReads() {
        client.post().uri("/api/directory/chapters").header(HttpHeaders.ORIGIN, WEB_APP)
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\":\"CA\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_APP)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "X-Request-Id", "Retry-After"));
    }

    private WebTestClient.ResponseSpec preflight(String origin, String method) {
        return client.options().uri("/api/directory/chapters")
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange();
    }
}

package org.chapterrelations.gateway.hygiene;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityHeadersTest extends GatewayTestSupport {

    @Test
    void proxiedAnswerCarriesSecurityHeadersAndIsNotCacheable() {
        WebTestClient.ResponseSpec response = client.get().uri("/api/directory/chapters").exchange();

        assertSecurityHeaders(response.expectStatus().isOk());
        response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void gatewaysOwnErrorsCarryTheSameHeaders() {
        assertSecurityHeaders(client.post().uri("/api/directory/chapters").exchange().expectStatus().isUnauthorized());
        assertSecurityHeaders(client.get().uri("/api/nowhere").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange().expectStatus().isNotFound());
    }

    @Test
    void serverSoftwareAndVersionsOfTheServiceAreNotLeaked() {
        client.get().uri("/api/directory/leaky")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Server")
                .expectHeader().doesNotExist("X-Powered-By");
    }

    @Test
    void serviceChosenCacheControlIsKept() {
        client.get().uri("/api/directory/cacheable")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }

    @Test
    void strictTransportSecurityWhenTheClientCameOverHttpsThroughAProxy() {
        client.get().uri("/api/directory/chapters").header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", SecurityHeadersFilter.HSTS);
    }

    private static void assertSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().doesNotExist("Server");
    }
}

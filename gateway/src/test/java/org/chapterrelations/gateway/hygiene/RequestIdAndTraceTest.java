package org.chapterrelations.gateway.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RequestIdAndTraceTest extends GatewayTestSupport {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void requestWithoutIdGetsANewUuidThatTheServiceAndTheClientBothSee() {
        String returned = client.get().uri("/api/directory/chapters")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(DIRECTORY.lastReceived().header("X-Request-Id")).isEqualTo(returned);
    }

    @Test
    void callersOwnRequestIdIsPassedOnAndReturned() {
        client.get().uri("/api/directory/chapters").header("X-Request-Id", "mobile-7f3a.42:retry-1")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "mobile-7f3a.42:retry-1");

        assertThat(DIRECTORY.lastReceived().header("X-Request-Id")).isEqualTo("mobile-7f3a.42:retry-1");
    }

    @Test
    void unsafeOrOverlongRequestIdIsReplaced() {
        for (String unsafe : new String[] { "abc<script>", "id with spaces", "x".repeat(129), "\u00e9t\u00e9" }) {
            String returned = client.get().uri("/api/directory/chapters").header("X-Request-Id", unsafe)
                    .exchange()
                    .expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

            assertThat(returned).isNotEqualTo(unsafe);
            assertThat(UUID.fromString(returned)).isNotNull();
            assertThat(DIRECTORY.lastReceived().header("X-Request-Id")).isEqualTo(returned);
        }
    }

    @Test
    void errorsTheGatewayAnswersItselfCarryTheRequestIdToo() {
        client.post().uri("/api/directory/chapters").header("X-Request-Id", "req-401")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "req-401");
        client.get().uri("/api/notifications/deliveries").header("X-Request-Id", "req-503")
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("X-Request-Id", "req-503");
    }

    /** The gateway joins the caller's trace: same trace id, its own span as the service's parent. */
    @Test
    void w3cTraceContextContinuesTheCallersTrace() {
        client.get().uri("/api/directory/chapters")
                .header("traceparent", TRACEPARENT)
                .header("tracestate", "vendor=abc")
                .exchange()
                .expectStatus().isOk();

        String passedOn = DIRECTORY.lastReceived().header("traceparent");
        assertThat(passedOn).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo(TRACEPARENT);
        assertThat(DIRECTORY.lastReceived().header("tracestate")).isEqualTo("vendor=abc");
        assertThat(DIRECTORY.lastReceived().header("baggage")).as("no baggage header invented").isNull();
    }
}

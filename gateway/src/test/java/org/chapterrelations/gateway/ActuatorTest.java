package org.chapterrelations.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActuatorTest extends GatewayTestSupport {

    @Test
    void readinessIsUpWithoutAnyBackendOrIdentityProviderCalls() {
        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        client.get().uri("/actuator/health/liveness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesMetricsTextToAnonymousScrapers() {
        String metrics = client.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("# TYPE", "jvm_memory_used_bytes", "application=\"gateway\"");
    }

    @Test
    void circuitBreakerStatesArePublishedPerService() {
        client.get().uri("/api/directory/chapters").exchange().expectStatus().isOk();

        String metrics = client.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("resilience4j_circuitbreaker_state", "name=\"directory-service\"");
    }
}

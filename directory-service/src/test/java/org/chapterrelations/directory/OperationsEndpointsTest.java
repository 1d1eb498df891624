package org.chapterrelations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Test
    void readinessReportsTheStoreAndKafka() {
        var response = new TestHttp(port).get("/actuator/health/readiness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"store\"", "\"kafka\"");
    }

    @Test
    void livenessDoesNotDependOnInfrastructure() {
        var response = new TestHttp(port).get("/actuator/health/liveness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"mongo\"", "\"kafka\"");
    }

    @Test
    void prometheusMetricsAreServedWithTheApplicationTag() {
        var response = new TestHttp(port).get("/actuator/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "application=\"directory-service\"");
    }
}

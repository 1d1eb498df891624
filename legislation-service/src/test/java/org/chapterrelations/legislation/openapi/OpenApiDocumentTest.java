package org.chapterrelations.legislation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.chapterrelations.platform.test.OpenApiSnapshot;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void publishedDocumentIsTheCommittedOne() throws Exception {
        HttpResponse<String> response = new TestHttp(port).get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        OpenApiSnapshot.assertMatchesCommitted("legislation-service", response.body());
    }

    @Test
    void documentIsValidOpenApi3ForClientGenerators() {
        HttpResponse<String> response = new TestHttp(port).get("/v3/api-docs", null);

        OpenApiSnapshot.assertValidOpenApi3(response.body());
    }
}

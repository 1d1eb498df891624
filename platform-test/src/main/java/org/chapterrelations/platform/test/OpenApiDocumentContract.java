package org.chapterrelations.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The checks every service's OpenAPI document passes: it is the committed one ({@link OpenApiSnapshot}) and a
 * client generator can read it. A service's test extends this, annotated {@code @PlatformIntegrationTest}.
 */
public abstract class OpenApiDocumentContract {

    private final String service;

    @LocalServerPort
    int port;

    protected OpenApiDocumentContract(String service) {
        this.service = service;
    }

    @Test
    void publishedDocumentIsTheCommittedOne() throws Exception {
        HttpResponse<String> response = new TestHttp(port).get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        OpenApiSnapshot.assertMatchesCommitted(service, response.body());
    }

    @Test
    void documentIsValidOpenApi3ForClientGenerators() {
        HttpResponse<String> response = new TestHttp(port).get("/v3/api-docs", null);

        OpenApiSnapshot.assertValidOpenApi3(response.body());
    }
}

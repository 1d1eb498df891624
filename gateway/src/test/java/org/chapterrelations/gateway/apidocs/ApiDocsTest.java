package org.chapterrelations.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.chapterrelations.gateway.RecordingBackend;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ApiDocsTest extends GatewayTestSupport {

    @Test
    void swaggerUiIsServedToAnonymousCallers() {
        String location = client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);

        client.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("swagger-ui"));
    }

    @Test
    void swaggerUiListsEveryServicesDocument() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(config -> assertThat(config).contains(
                        "\"/v3/api-docs/directory\"", "\"/v3/api-docs/legislation\"", "\"/v3/api-docs/survey\"",
                        "\"/v3/api-docs/notification\""));
    }

    @Test
    void eachServicesDocumentIsProxiedAnonymously() {
        assertDocumentServedBy("/v3/api-docs/directory", DIRECTORY, "directory");
        assertDocumentServedBy("/v3/api-docs/legislation", LEGISLATION, "legislation");
        assertDocumentServedBy("/v3/api-docs/survey", SURVEYS, "surveys");
    }

    @Test
    void notificationDocumentIsRoutedToItsService() {
        // The notification service is down in these tests: 503 shows the request got past security.
        client.get().uri("/v3/api-docs/notification").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void documentsAreReadOnly() {
        client.post().uri("/v3/api-docs/directory").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();

        assertThat(DIRECTORY.received()).isEmpty();
    }

    private void assertDocumentServedBy(String path, RecordingBackend backend, String name) {
        client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"servedBy\":\"" + name + "\""));

        assertThat(backend.lastReceived().pathAndQuery()).isEqualTo("/v3/api-docs");
        assertThat(backend.lastReceived().header(HttpHeaders.AUTHORIZATION)).isNull();
    }
}

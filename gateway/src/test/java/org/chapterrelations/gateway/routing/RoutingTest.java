package org.chapterrelations.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.chapterrelations.gateway.RecordingBackend.Received;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class RoutingTest extends GatewayTestSupport {

    @Test
    void staffCreateReachesDirectoryWithSamePathAndTokenAndItsAnswerComesBack() {
        String token = IDP.staffToken();

        client.post().uri("/api/directory/chapters?notify=true")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"CA\",\"name\":\"California\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/directory/chapters/CA")
                .expectBody()
                .jsonPath("$.servedBy").isEqualTo("directory")
                .jsonPath("$.path").isEqualTo("/api/directory/chapters");

        Received received = DIRECTORY.lastReceived();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/api/directory/chapters?notify=true");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
        assertThat(received.body()).isEqualTo("{\"code\":\"CA\",\"name\":\"California\"}");
    }

    @Test
    void anonymousReadOfDirectoryIsRouted() {
        client.get().uri("/api/directory/chapters")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servedBy").isEqualTo("directory");

        assertThat(DIRECTORY.lastReceived().header(HttpHeaders.AUTHORIZATION)).isNull();
    }

    @Test
    void anonymousReadOfPublicBillPagesIsRouted() {
        client.get().uri("/api/legislation/bills/AB-123")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/legislation/bills/AB-123");
    }

    @Test
    void eachApiPrefixGoesToItsOwnService() {
        String token = IDP.chapterOfficerToken("CA");

        client.get().uri("/api/surveys/2025/reports/CA").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servedBy").isEqualTo("surveys");
        client.get().uri("/api/legislation/campaigns").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servedBy").isEqualTo("legislation");

        assertThat(SURVEYS.lastReceived().pathAndQuery()).isEqualTo("/api/surveys/2025/reports/CA");
        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void backendDownIsAnsweredAsProblemNamingTheServiceWithoutStackTrace() {
        String body = client.get().uri("/api/notifications/deliveries")
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"status\":503", "\"title\":\"Service Unavailable\"", "\"type\":",
                "notification-service is unavailable");
        assertThat(body).doesNotContain("Exception", "trace", "at org.", "io.netty");
    }

    @Test
    void unknownPathIsAnsweredAsProblem() {
        client.get().uri("/api/nowhere").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }
}

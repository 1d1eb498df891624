package org.chapterrelations.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests refused before a controller runs are problem+json 400s, not server failures. */
@PlatformIntegrationTest
class ProblemAnswersTest {

    @LocalServerPort
    int port;

    @Test
    void aParameterNameTheFirewallRefusesIsABadRequestNotAServerFailure() throws IOException, InterruptedException {
        // found by schemathesis: U+0378 is no character at all; Spring Security refuses it once the binder reads it
        assertProblem400(get("/api/legislation/bills?%CD%B8=1"));
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemNotAnEmptyAnswer() throws IOException, InterruptedException {
        // found by schemathesis: an encoded ";" in a path got Spring Security's 400 without a body
        assertProblem400(get("/api/legislation/sessions/ca/2025%3Bx/end"));
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", "Bearer " + TestIdentityProvider.get().staffToken()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem400(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400");
    }
}

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
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/legislation/bills?%CD%B8=1"))
                .header("Authorization", "Bearer " + TestIdentityProvider.get().staffToken()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}

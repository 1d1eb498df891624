package org.chapterrelations.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class TokenValidationTest extends GatewayTestSupport {

    @Test
    void writeWithoutTokenIsRefusedAsProblemAndNeverReachesTheService() {
        client.post().uri("/api/directory/chapters")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"CA\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required.");

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void expiredTokenIsRefused() {
        assertRefused(IDP.expiredToken("staff-alice", List.of("staff")));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertRefused(IDP.tokenFromOtherIssuer("staff-alice", List.of("staff")));
    }

    @Test
    void tokenMeantForAnotherApiIsRefused() {
        assertRefused(IDP.tokenForAnotherAudience("staff-alice", List.of("staff")));
    }

    @Test
    void tokenSignedWithAnUnknownKeyIsRefused() {
        assertRefused(IDP.tokenWithForeignSignature("staff-alice", List.of("staff")));
    }

    @Test
    void garbageTokenIsRefused() {
        assertRefused("not-a-jwt");
    }

    @Test
    void badTokenIsRefusedEvenOnAPublicReadInsteadOfBeingTreatedAsAnonymous() {
        client.get().uri("/api/directory/chapters")
                .header(HttpHeaders.AUTHORIZATION, bearer(IDP.expiredToken("staff-alice", List.of("staff"))))
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void anonymousReadOfSurveysIsRefused() {
        client.get().uri("/api/surveys/2025/reports")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(SURVEYS.received()).isEmpty();
    }

    @Test
    void anonymousReadOfLegislationOutsidePublicBillPagesIsRefused() {
        client.get().uri("/api/legislation/campaigns")
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(LEGISLATION.received()).isEmpty();
    }

    private void assertRefused(String token) {
        WebTestClient.ResponseSpec response = client.post().uri("/api/directory/chapters")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"CA\"}")
                .exchange();

        response.expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("The bearer token is invalid or expired.");
        assertThat(DIRECTORY.received()).isEmpty();
    }
}

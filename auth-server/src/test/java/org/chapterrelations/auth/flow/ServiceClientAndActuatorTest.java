package org.chapterrelations.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Service-to-service tokens, and the endpoints operators scrape without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auth.key-file=target/test-data/signing-key.json")
class ServiceClientAndActuatorTest {

    @LocalServerPort
    int port;

    @Test
    void serviceClientGetsAScopedTokenWithoutUserRoles() throws Exception {
        CliLogin http = new CliLogin(port);
        String basic = Base64.getEncoder()
                .encodeToString("platform-service:platform-service-secret".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(http.post("/oauth2/token",
                        Map.of("grant_type", "client_credentials", "scope", "service"))
                .header("Authorization", "Basic " + basic));

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> tokens = JSONObjectUtils.parse(response.body());
        JWTClaimsSet claims = SignedJWT.parse((String) tokens.get("access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("platform-service");
        assertThat(claims.getStringListClaim("scope")).containsExactly("service");
        assertThat(claims.getClaims()).doesNotContainKeys("roles", "chapter_id");
        assertThat(claims.getAudience()).contains("chapter-relations-api");
    }

    @Test
    void serviceClientWithWrongSecretIsRefused() throws Exception {
        CliLogin http = new CliLogin(port);
        String basic = Base64.getEncoder().encodeToString("platform-service:guess".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(http.post("/oauth2/token", Map.of("grant_type", "client_credentials"))
                .header("Authorization", "Basic " + basic));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void probesAndMetricsAnswerWithoutLogin() throws Exception {
        CliLogin http = new CliLogin(port);

        assertThat(http.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(http.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = http.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void otherPagesStillSendBrowsersToTheLoginForm() throws Exception {
        CliLogin http = new CliLogin(port);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").GET());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void discoveryNamesTheConfiguredIssuer() throws Exception {
        Map<String, Object> discovery = JSONObjectUtils.parse(
                new CliLogin(port).get("/.well-known/openid-configuration").body());

        assertThat(discovery.get("issuer")).isEqualTo("http://localhost:9000");
        assertThat(discovery.get("jwks_uri")).isEqualTo("http://localhost:9000/oauth2/jwks");
    }
}

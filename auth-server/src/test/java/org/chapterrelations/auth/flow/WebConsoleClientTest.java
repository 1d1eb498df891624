package org.chapterrelations.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web console's public client: its own redirect, and CORS for its script's token request only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auth.key-file=target/test-data/signing-key.json")
class WebConsoleClientTest {

    static final String CONSOLE = "http://localhost:8080";

    @LocalServerPort
    int port;

    private CliLogin console() {
        return new CliLogin(port, "web-console", CONSOLE + "/");
    }

    @Test
    void consoleGetsAnOfficerTokenWithRoleAndChapterThroughCodeAndPkce() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse((String) console().tokensFor("officer-ca", "officer-demo")
                .get("access_token")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("chapter-officer");
        assertThat(claims.getStringClaim("chapter_id")).isEqualTo("CA");
    }

    @Test
    void silentSignInGetsAFreshCodeOnTheSessionAndLoginRequiredWithoutOne() throws Exception {
        String silentPage = CONSOLE + "/assets/silent-sign-in.html";
        CliLogin frame = new CliLogin(port, "web-console", silentPage);
        Map<String, String> noPrompt = Map.of("prompt", "none");

        // no session: an error for the console's page, never the login form inside its hidden frame
        assertThat(frame.authorizeRedirect(noPrompt)).hasValueSatisfying(location -> assertThat(location)
                .startsWith(silentPage).contains("error=login_required"));

        frame.signIn("staff", "staff-demo");
        String code = frame.authorizeRedirect(noPrompt).flatMap(frame::codeIn).orElseThrow();
        JWTClaimsSet claims = SignedJWT.parse((String) frame.exchange(code).get("access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("staff");
    }

    @Test
    void consoleGetsNoCodeForARedirectItDidNotRegister() throws Exception {
        CliLogin elsewhere = new CliLogin(port, "web-console", CONSOLE + "/elsewhere");

        assertThat(elsewhere.authorizationCode("staff", "staff-demo")).isEmpty();
    }

    @Test
    void tokenEndpointAnswersTheConsoleOriginWithCorsHeaders() throws Exception {
        HttpResponse<String> response = tokenRequestFrom(CONSOLE);

        // a made-up code is refused, but the browser may read why
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void tokenEndpointRefusesAnotherOriginsScript() throws Exception {
        HttpResponse<String> response = tokenRequestFrom("https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void preflightAndJwksAnswerTheConsoleOrigin() throws Exception {
        CliLogin client = console();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", CONSOLE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        HttpResponse<String> jwks = client.send(HttpRequest.newBuilder(uri("/oauth2/jwks")).GET().header("Origin", CONSOLE));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
    }

    @Test
    void loginPageGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> login = console().send(HttpRequest.newBuilder(uri("/login")).GET().header("Origin", CONSOLE));

        assertThat(login.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> tokenRequestFrom(String origin) throws Exception {
        CliLogin client = console();
        return client.send(client.post("/oauth2/token", Map.of(
                        "grant_type", "authorization_code", "client_id", "web-console",
                        "code", "not-a-code", "redirect_uri", CONSOLE + "/", "code_verifier", "x".repeat(43)))
                .header("Origin", origin));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package org.chapterrelations.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The authorization-code + PKCE flow a command-line client runs against the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auth.key-file=target/test-data/signing-key.json")
class AuthorizationCodeFlowTest {

    @LocalServerPort
    int port;

    CliLogin cli;

    @BeforeEach
    void newSession() {
        cli = new CliLogin(port);
    }

    @Test
    void chapterOfficerTokenCarriesRoleAndChapter() throws Exception {
        JWTClaimsSet claims = accessToken(cli.tokensFor("officer-ca", "officer-demo")).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("officer-ca");
        assertThat(claims.getStringListClaim("roles")).containsExactly("chapter-officer");
        assertThat(claims.getStringClaim("chapter_id")).isEqualTo("CA");
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
    }

    @Test
    void accessTokenIsMeantForThePlatformApiAndNamesItsClient() throws Exception {
        JWTClaimsSet claims = accessToken(cli.tokensFor("staff", "staff-demo")).getJWTClaimsSet();

        assertThat(claims.getAudience()).containsExactlyInAnyOrder("chapter-relations-api", "platform-cli");
    }

    @Test
    void staffTokenCarriesStaffRoleAndNoChapter() throws Exception {
        JWTClaimsSet claims = accessToken(cli.tokensFor("staff", "staff-demo")).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("staff");
        assertThat(claims.getStringListClaim("roles")).containsExactly("staff");
        assertThat(claims.getClaims()).doesNotContainKey("chapter_id");
    }

    @Test
    void accessTokenIsRs256SignedByTheKeyPublishedAtJwks() throws Exception {
        SignedJWT token = accessToken(cli.tokensFor("admin", "admin-demo"));
        JWKSet published = JWKSet.parse(cli.get("/oauth2/jwks").body());

        RSAKey signingKey = published.getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(signingKey.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(signingKey))).isTrue();
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("admin");
    }

    @Test
    void idTokenCarriesTheSameRoles() throws Exception {
        Map<String, Object> tokens = cli.tokensFor("officer-ca", "officer-demo");

        JWTClaimsSet idToken = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
        assertThat(idToken.getStringListClaim("roles")).containsExactly("chapter-officer");
        assertThat(idToken.getStringClaim("chapter_id")).isEqualTo("CA");
    }

    @Test
    void wrongPasswordGetsNoCode() throws Exception {
        assertThat(cli.authorizationCode("staff", "not-the-password")).isEmpty();
    }

    @Test
    void codeCannotBeRedeemedWithoutItsVerifier() throws Exception {
        String code = cli.authorizationCode("staff", "staff-demo").orElseThrow();

        var response = cli.send(cli.post("/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "client_id", CliLogin.CLIENT_ID,
                "code", code,
                "redirect_uri", CliLogin.REDIRECT_URI,
                "code_verifier", "a-verifier-that-does-not-match-the-challenge-at-all-0123456789")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("access_token");
    }

    private static SignedJWT accessToken(Map<String, Object> tokens) throws Exception {
        assertThat(tokens.get("token_type")).isEqualTo("Bearer");
        return SignedJWT.parse((String) tokens.get("access_token"));
    }
}

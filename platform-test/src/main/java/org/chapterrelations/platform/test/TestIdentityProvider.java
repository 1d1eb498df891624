package org.chapterrelations.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A throw-away identity provider for tests: an RSA key, its JWKS served over real HTTP, and RS256 tokens
 * signed with it, so the services' whole JWT chain (JWKS fetch, signature, issuer, expiry, role mapping)
 * runs as in production.
 */
public final class TestIdentityProvider {

    private static final TestIdentityProvider INSTANCE = new TestIdentityProvider();

    /** The audience the gateway and the services require (their default {@code JWT_AUDIENCE}). */
    public static final String API_AUDIENCE = "chapter-relations-api";

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private HttpServer server;
    private String issuer;

    private TestIdentityProvider() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static TestIdentityProvider get() {
        INSTANCE.start();
        return INSTANCE;
    }

    private synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/test-issuer";
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-idp-shutdown"));
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public String staffToken() {
        return token("staff-alice", List.of("staff"), null);
    }

    public String adminToken() {
        return token("admin-ada", List.of("admin"), null);
    }

    public String chapterOfficerToken(String chapterId) {
        return token("officer-" + chapterId.toLowerCase(), List.of("chapter-officer"), chapterId);
    }

    public String token(String subject, List<String> roles, String chapterId) {
        return sign(signingKey, claims(subject, roles, chapterId, issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    public String expiredToken(String subject, List<String> roles) {
        return sign(signingKey, claims(subject, roles, null, issuer, Instant.now().minus(Duration.ofHours(1))));
    }

    public String tokenFromOtherIssuer(String subject, List<String> roles) {
        return sign(signingKey, claims(subject, roles, null, "https://elsewhere.example/issuer",
                Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** Signed by the right key for the right issuer, but meant for another API than the platform's. */
    public String tokenForAnotherAudience(String subject, List<String> roles) {
        return sign(signingKey, claims(subject, roles, null, issuer, Instant.now().plus(Duration.ofMinutes(5)),
                List.of("some-other-api")));
    }

    /** Same key id and claims, signed by a key the services have never seen. */
    public String tokenWithForeignSignature(String subject, List<String> roles) {
        return sign(strangerKey, claims(subject, roles, null, issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String chapterId, String issuer,
            Instant expiry) {
        return claims(subject, roles, chapterId, issuer, expiry, List.of(API_AUDIENCE, "test-client"));
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String chapterId, String issuer,
            Instant expiry, List<String> audience) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience(audience)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString()).claim("roles", roles);
        if (chapterId != null) {
            claims.claim("chapter_id", chapterId);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

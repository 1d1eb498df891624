package org.chapterrelations.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens an attacker (or a clock) could present: re-signed with the auth server's real key from the
 * stack's data directory but with other claims, signed with a foreign key, tampered after signing, or
 * unsigned ({@code alg: none}). Each starts from a genuine token's claims.
 */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private final PrivateKey realKey;
    private final String kid;

    private ForgedTokens(PrivateKey realKey, String kid) {
        this.realKey = realKey;
        this.kid = kid;
    }

    /** Reads the RSA JWK the auth server keeps in {@code auth-server/signing-key.json}. */
    static ForgedTokens withKeyFrom(Path dataDir) throws IOException, GeneralSecurityException {
        JsonNode jwk = GatewayCalls.JSON.readTree(dataDir.resolve("auth-server").resolve("signing-key.json").toFile());
        RSAPrivateKeySpec spec = new RSAPrivateKeySpec(bigInteger(jwk.path("n").asString()), bigInteger(jwk.path("d").asString()));
        return new ForgedTokens(KeyFactory.getInstance("RSA").generatePrivate(spec), jwk.path("kid").asString());
    }

    /** The genuine token's claims, changed by {@code edit}, signed with the real key. */
    String signedWithRealKey(String genuine, Consumer<ObjectNode> edit) throws GeneralSecurityException {
        return sign(claimsOf(genuine, edit), realKey);
    }

    /** The genuine claims, signed with a key the auth server never published (same {@code kid}). */
    String signedWithForeignKey(String genuine) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(claimsOf(genuine, claims -> { }), generator.generateKeyPair().getPrivate());
    }

    /** The genuine header and signature around a payload changed by {@code edit}. */
    static String tampered(String genuine, Consumer<ObjectNode> edit) {
        String[] parts = genuine.split("\\.");
        return parts[0] + "." + encode(claimsOf(genuine, edit)) + "." + parts[2];
    }

    /** The genuine claims with {@code alg: none} and an empty signature. */
    static String unsigned(String genuine) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claimsOf(genuine, claims -> { })) + ".";
    }

    static void expired(ObjectNode claims) {
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 7200).put("nbf", now - 7200).put("exp", now - 3600);
    }

    static void freshlyIssued(ObjectNode claims) {
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now).put("nbf", now).put("exp", now + 600);
    }

    private String sign(String claims, PrivateKey key) throws GeneralSecurityException {
        String signingInput = encode("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}") + "." + encode(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(UTF_8));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static String claimsOf(String genuine, Consumer<ObjectNode> edit) {
        try {
            ObjectNode claims = (ObjectNode) GatewayCalls.JSON.readTree(B64_DECODE.decode(genuine.split("\\.")[1]));
            edit.accept(claims);
            return GatewayCalls.JSON.writeValueAsString(claims);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(UTF_8));
    }

    private static BigInteger bigInteger(String base64Url) {
        return new BigInteger(1, B64_DECODE.decode(base64Url));
    }
}

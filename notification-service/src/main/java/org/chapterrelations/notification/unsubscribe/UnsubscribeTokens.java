package org.chapterrelations.notification.unsubscribe;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.chapterrelations.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe tokens: {@code base64url(recipientId|scope).base64url(HMAC-SHA256)}. The scope is
 * a topic (stop that topic) or {@code email} (stop all e-mail, e.g. from a digest). Only this service can
 * make one, so the link needs no login.
 */
@Component
public class UnsubscribeTokens {

    public static final String ALL_EMAIL = "email";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final String baseUrl;

    UnsubscribeTokens(NotificationProperties properties) {
        this.key = properties.unsubscribeSecret().getBytes(UTF_8);
        this.baseUrl = properties.publicBaseUrl();
    }

    public String link(String recipientId, String scope) {
        return baseUrl + "/api/notifications/unsubscribe?token=" + token(recipientId, scope);
    }

    String token(String recipientId, String scope) {
        byte[] payload = (recipientId + "|" + scope).getBytes(UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    Optional<Scope> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            byte[] payload = DECODER.decode(token.substring(0, Math.max(dot, 0)));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            String text = new String(payload, UTF_8);
            int bar = text.lastIndexOf('|');
            if (dot < 0 || bar < 0 || !MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            return Optional.of(new Scope(text.substring(0, bar), text.substring(bar + 1)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Scope(String recipientId, String scope) {
    }
}

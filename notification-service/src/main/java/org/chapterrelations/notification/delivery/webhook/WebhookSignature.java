package org.chapterrelations.notification.delivery.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}: the receiver recomputes it with its copy
 * of the secret, and rejects old timestamps to stop replays.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Chapter-Relations-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Chapter-Relations-Signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

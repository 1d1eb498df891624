package org.chapterrelations.notification.delivery;

/**
 * What one attempt achieved. {@code permanent} failures (HTTP 4xx, SMTP 5xx) are never retried.
 *
 * @param response what the other side answered, kept in the delivery log
 */
public record SendResult(boolean success, String response, boolean permanent, String reason) {

    public static SendResult delivered(String response) {
        return new SendResult(true, response, false, null);
    }

    public static SendResult retryable(String response, String reason) {
        return new SendResult(false, response, false, reason);
    }

    public static SendResult rejected(String response, String reason) {
        return new SendResult(false, response, true, reason);
    }
}

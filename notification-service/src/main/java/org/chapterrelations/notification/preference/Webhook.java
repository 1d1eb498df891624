package org.chapterrelations.notification.preference;

/** Where to POST notifications, and the shared secret that signs them. */
public record Webhook(String url, String secret) {
}

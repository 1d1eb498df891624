package org.chapterrelations.notification.delivery;

import java.time.Instant;

/** One try, with what the other side answered (SMTP reply and Message-ID, or the HTTP status) or the error. */
public record Attempt(int number, Instant at, boolean success, String response, String error) {
}

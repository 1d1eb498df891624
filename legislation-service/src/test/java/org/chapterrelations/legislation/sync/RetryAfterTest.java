package org.chapterrelations.legislation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Both forms of Retry-After a rate-limited API may send. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void delaySecondsAreWaitedAsGiven() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    }

    @Test
    void anHttpDateIsWaitedUntil() {
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 09:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anUnreadableValueFallsBackToBackoff() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}

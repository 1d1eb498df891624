package org.chapterrelations.gateway.ratelimit;

/** The outcome of taking one token: allowed, or refused with the seconds until a token is back. */
public record Decision(boolean allowed, long retryAfterSeconds) {

    static Decision allow() {
        return new Decision(true, 0);
    }

    static Decision refuseForNanos(long nanosToWait) {
        return new Decision(false, Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L));
    }
}

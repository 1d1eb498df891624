package org.chapterrelations.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window, in the recipient's time zone, when e-mail and webhooks wait. {@code start} after
 * {@code end} spans midnight (22:00 to 07:00).
 */
public record QuietHours(LocalTime start, LocalTime end, String timeZone) {

    /** {@code now} if it is outside the window, else the instant the window ends. */
    public Instant nextAllowed(Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(timeZone));
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = start.isAfter(end);
        boolean quiet = spansMidnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endToday = local.with(end);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }
}

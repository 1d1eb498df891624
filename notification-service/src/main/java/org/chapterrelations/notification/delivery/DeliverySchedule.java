package org.chapterrelations.notification.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.chapterrelations.notification.preference.DeliveryMode;
import org.chapterrelations.notification.preference.Preferences;
import org.chapterrelations.notification.preference.QuietHours;

/**
 * When a delivery may first go: digests at the next digest hour (daily) or on Monday at that hour
 * (weekly); immediate ones at once, unless it is quiet hours, then when they end. Webhooks never digest.
 */
final class DeliverySchedule {

    private DeliverySchedule() {
    }

    static boolean isDigest(Preferences preferences, String channel) {
        return "email".equals(channel) && preferences.deliveryMode() != DeliveryMode.IMMEDIATE;
    }

    static Instant firstDue(Preferences preferences, String channel, Instant now, int digestHour) {
        if (isDigest(preferences, channel)) {
            return nextDigest(preferences, now, digestHour);
        }
        return outsideQuietHours(preferences, now);
    }

    static Instant outsideQuietHours(Preferences preferences, Instant at) {
        QuietHours quiet = preferences.quietHours();
        return quiet == null ? at : quiet.nextAllowed(at);
    }

    private static Instant nextDigest(Preferences preferences, Instant now, int digestHour) {
        ZoneId zone = preferences.quietHours() == null ? ZoneOffset.UTC : ZoneId.of(preferences.quietHours().timeZone());
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime next = local.toLocalDate().atTime(digestHour, 0).atZone(zone);
        if (!next.isAfter(local)) {
            next = next.plusDays(1);
        }
        if (preferences.deliveryMode() == DeliveryMode.WEEKLY_DIGEST) {
            next = next.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        return next.toInstant();
    }
}

package org.chapterrelations.notification.preference;

import java.util.Map;

/**
 * The body of {@code PUT /api/notifications/me/preferences}: the whole set, missing parts take their
 * defaults. A webhook without {@code secret} keeps the secret already stored for the same URL.
 */
record PreferencesForm(String email, WebhookForm webhook, Map<String, Boolean> channels, Map<String, Boolean> topics,
        DeliveryMode deliveryMode, QuietHoursForm quietHours) {

    record WebhookForm(String url, String secret) {
    }

    record QuietHoursForm(String start, String end, String timeZone) {
    }
}

package org.chapterrelations.notification.preference;

import java.util.Map;

/** Preferences as shown to their owner: the webhook secret is never echoed back. */
record PreferencesView(String recipientId, String email, WebhookView webhook, Map<String, Boolean> channels,
        Map<String, Boolean> topics, DeliveryMode deliveryMode, QuietHours quietHours) {

    record WebhookView(String url, boolean secretSet) {
    }

    static PreferencesView of(Recipient recipient) {
        Preferences preferences = recipient.preferences();
        Webhook webhook = preferences.webhook();
        return new PreferencesView(recipient.id(), preferences.email(),
                webhook == null ? null : new WebhookView(webhook.url(), webhook.secret() != null),
                preferences.channels(), preferences.topics(), preferences.deliveryMode(), preferences.quietHours());
    }
}

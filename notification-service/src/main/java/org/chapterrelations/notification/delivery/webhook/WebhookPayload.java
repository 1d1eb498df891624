package org.chapterrelations.notification.delivery.webhook;

import java.util.Map;

/** The JSON a webhook receives: the notification's texts and the event's fields as {@code data}. */
record WebhookPayload(String notificationId, String recipientId, String topic, String eventType,
        String sourceEventId, String title, String body, Map<String, Object> data) {
}

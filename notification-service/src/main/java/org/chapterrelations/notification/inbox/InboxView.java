package org.chapterrelations.notification.inbox;

import java.time.Instant;

/** An inbox item as the API shows it. */
record InboxView(String id, String topic, String eventType, String title, String body, boolean read,
        Instant eventTime, Instant createdAt) {

    static InboxView of(InboxItem item) {
        return new InboxView(item.id(), item.topic(), item.eventType(), item.title(), item.body(), item.read(),
                item.eventTime(), item.createdAt());
    }
}

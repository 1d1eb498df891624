package org.chapterrelations.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notification in its recipient's in-app inbox; its id is the notification id, so it exists at most once. */
@Document("inbox")
@CompoundIndex(name = "newest_first", def = "{'recipientId': 1, 'createdAt': -1}")
@CompoundIndex(name = "unread", def = "{'recipientId': 1, 'read': 1}")
public record InboxItem(@Id String id, String recipientId, String topic, String eventType, String title,
        String body, boolean read, Instant eventTime, Instant createdAt) {
}

package org.chapterrelations.notification.notification;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one recipient who gets it by e-mail or webhook: what the delivery worker renders. Its id
 * is derived from (event id, recipient id), so the same event arriving twice names the same notification
 * (in-app-only recipients get just the inbox item, which carries the same id).
 */
@Document("notifications")
public class Notification {

    @Id
    private final String id;
    private final String recipientId;
    private final String topic;
    private final String template;
    private final String sourceEventId;
    private final String sourceEventType;
    private final Instant eventTime;
    private final Map<String, Object> data;
    private final Instant createdAt;

    @PersistenceCreator
    public Notification(String id, String recipientId, String topic, String template, String sourceEventId,
            String sourceEventType, Instant eventTime, Map<String, Object> data, Instant createdAt) {
        this.id = id;
        this.recipientId = recipientId;
        this.topic = topic;
        this.template = template;
        this.sourceEventId = sourceEventId;
        this.sourceEventType = sourceEventType;
        this.eventTime = eventTime;
        this.data = data;
        this.createdAt = createdAt;
    }

    public static String idFor(String sourceEventId, String recipientId) {
        return java.util.UUID.nameUUIDFromBytes((sourceEventId + "|" + recipientId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public String id() {
        return id;
    }

    public String recipientId() {
        return recipientId;
    }

    public String topic() {
        return topic;
    }

    public String template() {
        return template;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public Instant eventTime() {
        return eventTime;
    }

    public Map<String, Object> data() {
        return data;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

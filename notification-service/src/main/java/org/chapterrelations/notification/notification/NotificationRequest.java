package org.chapterrelations.notification.notification;

import java.util.Collection;
import java.util.Map;

import org.chapterrelations.platform.events.consumer.ReceivedEvent;

/**
 * What a rule decided: this event concerns these recipients under this topic, rendered with this
 * template (usually the event type; a variant such as {@code survey.ReportSubmitted.v1.staff}).
 */
public record NotificationRequest(ReceivedEvent event, String topic, String template, Map<String, Object> data,
        Collection<String> recipientIds) {
}

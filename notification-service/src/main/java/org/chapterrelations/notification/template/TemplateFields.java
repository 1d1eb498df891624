package org.chapterrelations.notification.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Recipient;

/** What a template can name: the event's fields, plus {@code recipientName} and {@code recipientId}. */
public final class TemplateFields {

    private TemplateFields() {
    }

    public static Map<String, Object> of(Notification notification, Recipient recipient) {
        Map<String, Object> fields = new HashMap<>(notification.data());
        fields.put("recipientId", notification.recipientId());
        fields.put("recipientName", recipient == null ? notification.recipientId() : recipient.name());
        return fields;
    }

    public static Map<String, Recipient> byId(List<Recipient> recipients) {
        return recipients.stream().collect(Collectors.toMap(Recipient::id, Function.identity(), (a, b) -> a));
    }
}

package org.chapterrelations.notification.rule;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chapterrelations.platform.events.EventJson;
import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;

import tools.jackson.core.JacksonException;

/** An event's fields as a map, for templates: everything the producer sent, not only what the rule reads. */
final class EventData {

    private EventData() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(ReceivedEvent event) {
        try {
            return new LinkedHashMap<>(EventJson.mapper().readValue(event.body(), Map.class));
        }
        catch (JacksonException ex) {
            throw new MalformedEventException("Event " + event.id() + " has a body that is not a JSON object", ex);
        }
    }

    static void require(ReceivedEvent event, boolean present, String fields) {
        if (!present) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + fields);
        }
    }
}

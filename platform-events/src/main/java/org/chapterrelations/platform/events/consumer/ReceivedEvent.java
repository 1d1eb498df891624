package org.chapterrelations.platform.events.consumer;

import java.time.Instant;

import org.chapterrelations.platform.events.EventJson;

import tools.jackson.core.JacksonException;

/**
 * A CloudEvent read from a Kafka record. {@link #data(Class)} reads the body into the consumer's own
 * record type, ignoring fields it does not know. {@code traceparent} is the record's W3C trace context (null
 * without one), for a bulk handler to write its effects in each event's own trace.
 */
public record ReceivedEvent(String id, String type, String source, String subject, Instant time, byte[] body,
        String traceparent) {

    public <T> T data(Class<T> type) {
        try {
            T data = EventJson.mapper().readValue(body, type);
            if (data == null) {
                throw new MalformedEventException("Event " + id + " has an empty body");
            }
            return data;
        }
        catch (JacksonException ex) {
            throw new MalformedEventException("Event " + id + " of type " + this.type + " has a body that is not a "
                    + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
        }
    }
}

package org.chapterrelations.platform.events.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.chapterrelations.platform.events.EventJson;
import org.chapterrelations.platform.events.tracing.EventTraceContext;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * An event waiting in its aggregate's document until the relay has handed it to Kafka.
 *
 * @param eventId     the CloudEvents {@code id}: a UUID, and every consumer's idempotency key
 * @param topic       the Kafka topic, {@code <domain>.<stream>.v<major>}
 * @param type        the CloudEvents {@code type}, e.g. {@code directory.ChapterRegistered.v1}
 * @param subject     the aggregate id: CloudEvents {@code subject} and the Kafka record key
 * @param time        when the state change happened, to the millisecond
 * @param data        the JSON body, serialised once so that a resend sends the very same bytes
 * @param traceparent the W3C trace context of the action that raised it, or null: stored so that a send
 *                    from another thread, or after a restart, still belongs to that action's trace
 */
public record PendingEvent(String eventId, String topic, String type, String subject, Instant time, String data,
        String traceparent) {

    @PersistenceCreator
    public PendingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        // MongoDB keeps milliseconds: without this, a resend read back from the document carries another ce_time.
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** An event outside any trace. */
    public PendingEvent(String eventId, String topic, String type, String subject, Instant time, String data) {
        this(eventId, topic, type, subject, time, data, null);
    }

    /** A new event, in the trace current on this thread if there is one. */
    public static PendingEvent of(String topic, String type, String subject, Object payload) {
        return new PendingEvent(UUID.randomUUID().toString(), topic, type, subject, Instant.now(),
                EventJson.write(payload), EventTraceContext.current());
    }
}

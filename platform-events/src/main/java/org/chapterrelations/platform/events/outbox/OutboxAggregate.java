package org.chapterrelations.platform.events.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Base class of every aggregate document that publishes events. The events it raises are stored in
 * the same document as the state change, so one single-document write records both: no
 * multi-document transaction is needed, and a crash cannot keep one without the other.
 */
public abstract class OutboxAggregate {

    public static final String PENDING_EVENTS_FIELD = "pendingEvents";

    private List<PendingEvent> pendingEvents = new ArrayList<>();

    /** The aggregate id, used as the CloudEvents subject and the Kafka record key. */
    public abstract String aggregateId();

    protected final void raise(String topic, String type, Object payload) {
        pendingEvents.add(PendingEvent.of(topic, type, aggregateId(), payload));
    }

    public final List<PendingEvent> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }
}

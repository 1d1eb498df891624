package org.chapterrelations.platform.events.outbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Saves an aggregate together with the events it raised (one single-document write), then sends those
 * events at once. If sending fails or the process dies first, the relay's sweep sends them later.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MongoOperations mongo;
    private final OutboxRelay relay;

    public Outbox(MongoOperations mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <T extends OutboxAggregate> T save(T aggregate) {
        T saved = mongo.save(aggregate);
        List<PendingEvent> events = List.copyOf(saved.pendingEvents());
        if (!events.isEmpty()) {
            String collection = mongo.getCollectionName(saved.getClass());
            relay.publish(collection, saved.aggregateId(), events).exceptionally(ex -> {
                log.debug("Immediate publish of {}/{} failed; the relay will resend: {}", collection,
                        saved.aggregateId(), ex.getMessage());
                return null;
            });
        }
        return saved;
    }
}

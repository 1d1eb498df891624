package org.chapterrelations.platform.events.outbox;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Saves an aggregate together with the events it raised (one single-document write), then sends those
 * events at once on a background thread, so that a write never waits for the broker. If sending fails,
 * the queue is full, or the process dies first, the relay's sweep sends them later.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MongoOperations mongo;
    private final OutboxRelay relay;
    private final Executor publisher;

    public Outbox(MongoOperations mongo, OutboxRelay relay, Executor publisher) {
        this.mongo = mongo;
        this.relay = relay;
        this.publisher = publisher;
    }

    public <T extends OutboxAggregate> T save(T aggregate) {
        T saved = mongo.save(aggregate);
        List<PendingEvent> events = List.copyOf(saved.pendingEvents());
        if (!events.isEmpty()) {
            String collection = mongo.getCollectionName(saved.getClass());
            try {
                publisher.execute(() -> relay.publish(collection, saved.aggregateId(), events).exceptionally(ex -> {
                    log.debug("Immediate publish of {}/{} failed; the relay will resend: {}", collection,
                            saved.aggregateId(), ex.getMessage());
                    return null;
                }));
            }
            catch (RejectedExecutionException ex) {
                log.debug("Publish queue full; the relay will send {}/{}", collection, saved.aggregateId());
            }
        }
        return saved;
    }
}

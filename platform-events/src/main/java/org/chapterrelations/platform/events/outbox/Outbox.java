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
    private final AggregateWriteLocks locks;

    public Outbox(MongoOperations mongo, OutboxRelay relay, Executor publisher, AggregateWriteLocks locks) {
        this.mongo = mongo;
        this.relay = relay;
        this.publisher = publisher;
        this.locks = locks;
    }

    public <T extends OutboxAggregate> T save(T aggregate) {
        String collection = mongo.getCollectionName(aggregate.getClass());
        T saved = locks.writing(collection, aggregate.aggregateId(), () -> mongo.save(aggregate));
        List<PendingEvent> events = List.copyOf(saved.pendingEvents());
        if (!events.isEmpty()) {
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

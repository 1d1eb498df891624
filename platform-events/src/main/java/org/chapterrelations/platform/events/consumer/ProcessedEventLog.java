package org.chapterrelations.platform.events.consumer;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The event ids each consumer has applied, kept in the service's own database so that a restart
 * remembers them.
 */
public class ProcessedEventLog {

    static final String COLLECTION = "processed_events";

    private final MongoOperations mongo;

    public ProcessedEventLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    public void record(String consumer, ReceivedEvent event) {
        mongo.save(new ProcessedEvent(key(consumer, event.id()), consumer, event.id(), event.type(), Instant.now()),
                COLLECTION);
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }

    /** Kept 30 days: far beyond Kafka's retention, so a redelivered event is always recognised. */
    @Document(ProcessedEventLog.COLLECTION)
    record ProcessedEvent(@Id String id, String consumer, String eventId, String type,
            @Indexed(expireAfter = "30d") Instant processedAt) {
    }
}

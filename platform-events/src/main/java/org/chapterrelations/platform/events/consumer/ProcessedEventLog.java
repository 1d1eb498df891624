package org.chapterrelations.platform.events.consumer;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
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

    /**
     * An insert, not an upsert: the id is new (the consumer checked {@link #contains} first), and on FerretDB an
     * insert costs a fifth of a replace. Recorded already (another instance won the race) is fine.
     */
    public void record(String consumer, ReceivedEvent event) {
        try {
            mongo.insert(new ProcessedEvent(key(consumer, event.id()), consumer, event.id(), event.type(), Instant.now()),
                    COLLECTION);
        }
        catch (DuplicateKeyException alreadyRecorded) {
            // the same event applied elsewhere meanwhile: the log already says so
        }
    }

    /** Forgets ids applied before {@code cutoff}; returns how many. */
    public long purgeOlderThan(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("processedAt").lt(cutoff)), COLLECTION).getDeletedCount();
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }

    /**
     * Purged by {@link ProcessedEventPurge}, not by a TTL index: FerretDB 1.24 refuses {@code expireAfterSeconds}
     * (NotImplemented), and a scheduled delete works the same on MongoDB.
     */
    @Document(ProcessedEventLog.COLLECTION)
    record ProcessedEvent(@Id String id, String consumer, String eventId, String type,
            @Indexed Instant processedAt) {
    }
}

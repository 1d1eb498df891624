package org.chapterrelations.platform.events.consumer;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.ErrorCategory;

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

    /** Which of {@code eventIds} this consumer has applied: one query for a whole batch (the {@code _id} index). */
    public Set<String> appliedAmong(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        Query query = Query.query(Criteria.where("_id").in(eventIds.stream().map(id -> key(consumer, id)).toList()));
        query.fields().include("eventId");
        return mongo.find(query, ProcessedEvent.class, COLLECTION).stream().map(ProcessedEvent::eventId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Records a batch's applied ids in one unordered bulk insert; ids already there (another instance won
     * the race, or an earlier attempt of this batch got this far) are left as they are.
     */
    public void recordAll(String consumer, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, ProcessedEvent.class, COLLECTION);
        events.forEach(event -> bulk.insert(
                new ProcessedEvent(key(consumer, event.id()), consumer, event.id(), event.type(), now)));
        try {
            bulk.execute();
        }
        catch (BulkOperationException partly) {
            if (!partly.getErrors().stream().allMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                throw partly;
            }
        }
        catch (DuplicateKeyException alreadyRecorded) {
            // unordered: the other ids were inserted all the same
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

package org.chapterrelations.platform.events.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Reads and marks the pending events kept inside aggregate documents. */
public class OutboxStore {

    private static final String PENDING = OutboxAggregate.PENDING_EVENTS_FIELD;

    private final MongoOperations mongo;

    public OutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Collections whose documents are {@link OutboxAggregate}s, as known to the mapping context. */
    public Set<String> outboxCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Aggregates in a collection holding at least one event raised before {@code cutoff}. */
    public List<PendingAggregate> findPendingBefore(String collection, Instant cutoff, int limit) {
        // No sort: a sort makes the embedded MongoDB-wire server hold every matching document before the limit,
        // which ran it out of heap when a bulk import left tens of thousands of bills pending; unsorted, it stops
        // at the limit. Order does not matter: each sweep sends what it finds, the next one finds the rest.
        Query query = Query.query(Criteria.where(PENDING + ".time").lt(java.util.Date.from(cutoff)))
                .limit(limit);
        query.fields().include(PENDING);
        return mongo.find(query, Document.class, collection).stream()
                .map(document -> new PendingAggregate(collection, document.get("_id"), readEvents(document)))
                .toList();
    }

    /** Removes one sent event from its aggregate; a no-op if it is already gone. */
    public void markSent(String collection, Object aggregateId, String eventId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull(PENDING, new Document("eventId", eventId)), collection);
    }

    private List<PendingEvent> readEvents(Document document) {
        List<Document> events = document.getList(PENDING, Document.class, List.of());
        return events.stream().map(event -> mongo.getConverter().read(PendingEvent.class, event)).toList();
    }

    /** The pending events of one aggregate, in the order they were raised. */
    public record PendingAggregate(String collection, Object aggregateId, List<PendingEvent> events) {
    }
}

package org.chapterrelations.platform.events.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Reads and marks the pending events kept inside aggregate documents. */
public class OutboxStore {

    private static final String PENDING = OutboxAggregate.PENDING_EVENTS_FIELD;
    private static final String PENDING_TIME = PENDING + ".time";
    static final int MARK_CHUNK = 25;

    private final MongoOperations mongo;
    private final AggregateWriteLocks locks;

    public OutboxStore(MongoOperations mongo, AggregateWriteLocks locks) {
        this.mongo = mongo;
        this.locks = locks;
    }

    /** Collections whose documents are {@link OutboxAggregate}s, as known to the mapping context. */
    public Set<String> outboxCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The index the sweep's query and sort use, on every outbox collection. */
    public void ensureIndexes() {
        for (String collection : outboxCollections()) {
            mongo.indexOps(collection).createIndex(new Index().on(PENDING_TIME, Sort.Direction.ASC).named("outbox_sweep"));
        }
    }

    /** Aggregates in a collection holding at least one event raised before {@code cutoff}, oldest first. */
    public List<PendingAggregate> findPendingBefore(String collection, Instant cutoff, int limit) {
        Query query = Query.query(Criteria.where(PENDING_TIME).lt(java.util.Date.from(cutoff)))
                .with(Sort.by(PENDING_TIME)).limit(limit);
        query.fields().include(PENDING);
        return mongo.find(query, Document.class, collection).stream()
                .map(document -> new PendingAggregate(collection, document.get("_id"), readEvents(document)))
                .toList();
    }

    /**
     * Removes one sent event from its aggregate; a no-op if it is already gone. The relay marks an aggregate's
     * events in the order they were raised, so a sent event is the head of the list: the head is popped when it
     * is that event. (FerretDB 1.24's {@code $pull} matches whole values only, not a condition such as
     * {@code {eventId: ...}}.)
     *
     * <p>The head is read and popped by {@code _id} alone, under this process's write lock of the aggregate:
     * FerretDB looks up by index only a filter on {@code _id}, and scans the whole collection for anything more
     * (a guarded update cost a scan per mark, and a backlog of marks starved the sweep). One mark is a chunk of
     * one of {@link #markSent(String, List)}.
     */
    public void markSent(String collection, Object aggregateId, String eventId) {
        locks.writing(collection, aggregateId, () -> {
            popHeads(collection, Map.of(aggregateId, List.of(eventId)));
            return null;
        });
    }

    /**
     * Marks many sent events, each as {@link #markSent} does; the aggregate id is each event's subject. Events of
     * one aggregate must come in the order they were raised. {@value #MARK_CHUNK} events at a time: their
     * aggregates' heads are read in one {@code _id $in} and popped in one ordered bulk, under those aggregates'
     * write locks. The chunk stays small because FerretDB 1.24 holds a connection per statement of a bulk
     * {@code update} until the command ends (100 per database): a 250-statement bulk waited for itself forever.
     */
    public void markSent(String collection, List<PendingEvent> sentInOrder) {
        for (int from = 0; from < sentInOrder.size(); from += MARK_CHUNK) {
            List<PendingEvent> chunk = sentInOrder.subList(from, Math.min(from + MARK_CHUNK, sentInOrder.size()));
            Map<Object, List<String>> sentByAggregate = new LinkedHashMap<>();
            chunk.forEach(event -> sentByAggregate.computeIfAbsent(event.subject(), id -> new ArrayList<>())
                    .add(event.eventId()));
            locks.writingAll(collection, sentByAggregate.keySet(), () -> popHeads(collection, sentByAggregate));
        }
    }

    /** Pops each aggregate's leading events that are, in order, the ones sent. */
    private void popHeads(String collection, Map<Object, List<String>> sentByAggregate) {
        Query heads = Query.query(Criteria.where("_id").in(sentByAggregate.keySet()));
        heads.fields().include(PENDING);
        BulkOperations pops = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        int popped = 0;
        for (Document current : mongo.find(heads, Document.class, collection)) {
            List<Document> pending = current.getList(PENDING, Document.class, List.of());
            List<String> sent = sentByAggregate.getOrDefault(current.get("_id"), List.of());
            int leading = 0;
            while (leading < sent.size() && leading < pending.size()
                    && sent.get(leading).equals(pending.get(leading).getString("eventId"))) {
                leading++;
            }
            for (int i = 0; i < leading; i++) {
                pops.updateOne(Query.query(Criteria.where("_id").is(current.get("_id"))),
                        new Update().pop(PENDING, Update.Position.FIRST));
                popped++;
            }
        }
        if (popped > 0) {
            pops.execute();
        }
    }

    private List<PendingEvent> readEvents(Document document) {
        List<Document> events = document.getList(PENDING, Document.class, List.of());
        return events.stream().map(event -> mongo.getConverter().read(PendingEvent.class, event)).toList();
    }

    /** The pending events of one aggregate, in the order they were raised. */
    public record PendingAggregate(String collection, Object aggregateId, List<PendingEvent> events) {
    }
}

package org.chapterrelations.platform.events.notes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Counts the note events applied per note: the visible effect of the consumer. */
@Component
public class NoteTally {

    static final String COLLECTION = "note_tallies";

    private final MongoOperations mongo;

    private final Tracer tracer;

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

    NoteTally(MongoOperations mongo, Tracer tracer) {
        this.mongo = mongo;
        this.tracer = tracer;
    }

    /** Makes the next {@code times} events of this note fail, as a store that is briefly away would. */
    public void failNext(String noteId, int times) {
        failuresLeft.put(noteId, times);
    }

    /** Counts one more event, noting the trace the handler ran in. */
    void count(String noteId) {
        Integer left = failuresLeft.computeIfPresent(noteId, (id, failures) -> failures - 1);
        if (left != null && left >= 0) {
            throw new IllegalStateException("note " + noteId + " cannot be counted yet (a failure the test asked for)");
        }
        Span span = tracer.currentSpan();
        Update update = new Update().inc("applied", 1);
        if (span != null) {
            update.set("traceId", span.context().traceId());
        }
        mongo.upsert(byId(noteId), update, COLLECTION);
    }

    /** The trace id the consumer last handled an event of this note in, or null. */
    public String traceId(String noteId) {
        Document tally = mongo.findOne(byId(noteId), Document.class, COLLECTION);
        return tally == null ? null : tally.getString("traceId");
    }

    /** How many events of this note the consumer has applied. */
    public int applied(String noteId) {
        Document tally = mongo.findOne(byId(noteId), Document.class, COLLECTION);
        return tally == null ? 0 : tally.getInteger("applied");
    }

    private static Query byId(String noteId) {
        return Query.query(Criteria.where("_id").is(noteId));
    }
}

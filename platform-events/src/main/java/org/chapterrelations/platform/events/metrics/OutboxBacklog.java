package org.chapterrelations.platform.events.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How many events wait in the outbox, and how old the oldest is, per collection: a backlog that grows or
 * ages means the broker is unreachable or the relay is stuck. Measured in the background, not per scrape.
 */
public class OutboxBacklog {

    /** What one measurement found in one collection. */
    public record Measurement(long pendingEvents, Duration oldestAge) {

        static final Measurement EMPTY = new Measurement(0, Duration.ZERO);
    }

    private final MongoOperations mongo;
    private final OutboxStore store;
    private final Clock clock;
    private final Map<String, Measurement> latest = new ConcurrentHashMap<>();

    public OutboxBacklog(MongoOperations mongo, OutboxStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    /** Measures every outbox collection now and keeps the result for the gauges. */
    public Map<String, Measurement> refresh() {
        for (String collection : store.outboxCollections()) {
            latest.put(collection, measure(collection));
        }
        return Map.copyOf(latest);
    }

    public Measurement latest(String collection) {
        return latest.getOrDefault(collection, Measurement.EMPTY);
    }

    private Measurement measure(String collection) {
        String pending = OutboxAggregate.PENDING_EVENTS_FIELD;
        Query query = Query.query(Criteria.where(pending + ".0").exists(true));
        query.fields().include(pending + ".time");
        long count = 0;
        Instant oldest = null;
        for (Document aggregate : mongo.find(query, Document.class, collection)) {
            for (Document event : aggregate.getList(pending, Document.class, List.of())) {
                count++;
                Date time = event.getDate("time");
                if (time != null && (oldest == null || time.toInstant().isBefore(oldest))) {
                    oldest = time.toInstant();
                }
            }
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        return new Measurement(count, age.isNegative() ? Duration.ZERO : age);
    }
}

package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.chapterrelations.platform.events.outbox.OutboxStore;
import org.chapterrelations.platform.events.outbox.PendingEvent;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** An import's worth of sent events marked at once, on the real store. */
@PlatformIntegrationTest
class BulkMarkingTest {

    @Autowired
    MongoOperations mongo;

    @Autowired
    OutboxStore store;

    /** 250 marks once made FerretDB wait for itself (one connection per statement, 100 per database). */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void marksSentForMoreAggregatesThanTheStoresConnectionPoolAndTheStoreStillAnswers() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            notes.add(Note.write("bulk-" + batch + "-" + i, "imported " + i));
        }
        mongo.insertAll(notes);
        List<PendingEvent> sent = notes.stream().flatMap(note -> note.pendingEvents().stream()).toList();

        store.markSent(Note.COLLECTION, sent);

        Query stillPending = Query.query(Criteria.where("_id").regex("^bulk-" + batch)
                .and("pendingEvents.0").exists(true));
        assertThat(mongo.count(stillPending, Document.class, Note.COLLECTION)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^bulk-" + batch)), Document.class,
                Note.COLLECTION)).isEqualTo(250);
    }

    @Test
    void onlyTheLeadingEventsThatWereSentArePoppedAndInOrder() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Note twice = Note.write("order-" + batch + "-twice", "first");
        twice.edit("second");
        twice.edit("third");
        Note other = Note.write("order-" + batch + "-other", "only");
        mongo.insertAll(List.of(twice, other));
        List<PendingEvent> events = twice.pendingEvents();
        PendingEvent notOthers = Note.write("order-" + batch + "-other", "never stored").pendingEvents().get(0);

        store.markSent(Note.COLLECTION, List.of(events.get(0), events.get(1), notOthers));

        assertThat(pendingIds("order-" + batch + "-twice")).containsExactly(events.get(2).eventId());
        assertThat(pendingIds("order-" + batch + "-other")).containsExactly(other.pendingEvents().get(0).eventId());
    }

    private List<String> pendingIds(String id) {
        Document note = mongo.findById(id, Document.class, Note.COLLECTION);
        return note.getList("pendingEvents", Document.class).stream().map(event -> event.getString("eventId")).toList();
    }
}

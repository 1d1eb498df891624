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
}

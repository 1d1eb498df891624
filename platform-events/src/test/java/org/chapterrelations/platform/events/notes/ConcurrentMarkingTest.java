package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The relay marks each event sent while the writer goes on changing the same aggregate: on the real store, a
 * mark must never undo a change saved at the same moment (FerretDB updates are a read then a write).
 */
@PlatformIntegrationTest
class ConcurrentMarkingTest {

    private static final int EDITS = 40;

    @Autowired
    Outbox outbox;

    @Autowired
    MongoOperations mongo;

    @Test
    void markingSentEventsNeverUndoesAnEditSavedMeanwhile() {
        String noteId = "note-" + UUID.randomUUID();
        outbox.save(Note.write(noteId, "edit 0"));
        for (int i = 1; i <= EDITS; i++) {
            Note note = mongo.findById(noteId, Note.class);
            note.edit("edit " + i);
            outbox.save(note);
            assertThat(stored(noteId).getString("text")).as("right after saving edit %d", i).isEqualTo("edit " + i);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document note = stored(noteId);
            assertThat(note.getList("pendingEvents", Document.class)).isEmpty();
            assertThat(note.getString("text")).isEqualTo("edit " + EDITS);
            assertThat(note.getLong("version")).isEqualTo(EDITS);
        });
    }

    private Document stored(String noteId) {
        return mongo.findById(noteId, Document.class, Note.COLLECTION);
    }
}

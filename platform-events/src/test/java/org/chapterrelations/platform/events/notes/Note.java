package org.chapterrelations.platform.events.notes;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate whose changes raise events on {@link #TOPIC}. */
@Document(Note.COLLECTION)
public class Note extends OutboxAggregate {

    public static final String COLLECTION = "notes";
    public static final String TOPIC = "test.notes.v1";
    public static final String WRITTEN = "test.NoteWritten.v1";
    public static final String EDITED = "test.NoteEdited.v1";

    @Id
    private String id;

    @Version
    private Long version;

    private String text;

    protected Note() {
        // for Spring Data
    }

    public static Note write(String id, String text) {
        Note note = new Note();
        note.id = id;
        note.text = text;
        note.raise(TOPIC, WRITTEN, new NoteChanged(id, text));
        return note;
    }

    public void edit(String newText) {
        text = newText;
        raise(TOPIC, EDITED, new NoteChanged(id, newText));
    }

    @Override
    public String aggregateId() {
        return id;
    }
}

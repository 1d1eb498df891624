package org.chapterrelations.notification.recipient;

import java.time.Instant;

import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.springframework.stereotype.Component;

/** Keeps chapter contacts current from the directory's chapter snapshots; retired chapters stop receiving. */
@Component
public class ChapterContactsUpdater {

    private final ChapterContactRepository contacts;

    ChapterContactsUpdater(ChapterContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Applies ChapterRegistered, ChapterUpdated or ChapterRetired: each carries the whole chapter. */
    public void apply(ReceivedEvent event) {
        ChapterEvent chapter = event.data(ChapterEvent.class);
        if (!chapter.isComplete()) {
            throw new MalformedEventException("Chapter event " + event.id() + " lacks chapterId, name or status");
        }
        contacts.save(new ChapterContact(chapter.chapterId(), chapter.name(), chapter.state(),
                chapter.publicEmail(), "active".equals(chapter.status()), Instant.now()));
    }
}

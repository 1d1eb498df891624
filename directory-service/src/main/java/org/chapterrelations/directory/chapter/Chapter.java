package org.chapterrelations.directory.chapter;

import java.time.Instant;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chapter of the association. Its id is its code (e.g. {@code CA}), upper-case and immutable, so that
 * tokens ({@code chapter_id}), events and URLs all name a chapter the same way.
 */
@Document("chapters")
public class Chapter extends OutboxAggregate {

    @Id
    private String code;
    private String name;
    private ChapterKind kind;
    private String state;
    private String website;
    private String publicEmail;
    private ChapterStatus status;
    private Instant registeredAt;
    @Version
    private Long version;

    Chapter() {
    }

    static Chapter register(RegisterChapter request, Instant now) {
        Chapter chapter = new Chapter();
        chapter.code = request.normalisedCode();
        chapter.name = request.name().strip();
        chapter.kind = request.kind();
        chapter.state = request.state().toUpperCase();
        chapter.website = request.website();
        chapter.publicEmail = request.publicEmail();
        chapter.status = ChapterStatus.ACTIVE;
        chapter.registeredAt = now;
        chapter.raise(ChapterEvents.TOPIC, ChapterEvents.REGISTERED, ChapterEvents.snapshot(chapter));
        return chapter;
    }

    @Override
    public String aggregateId() {
        return code;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ChapterKind kind() {
        return kind;
    }

    public String state() {
        return state;
    }

    public String website() {
        return website;
    }

    public String publicEmail() {
        return publicEmail;
    }

    public ChapterStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}

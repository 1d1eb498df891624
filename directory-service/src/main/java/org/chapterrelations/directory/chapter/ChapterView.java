package org.chapterrelations.directory.chapter;

import java.time.Instant;

/** A chapter as the API shows it. */
public record ChapterView(String id, String code, String name, ChapterKind kind, String state, String website,
        String publicEmail, ChapterStatus status, Instant registeredAt) {

    static ChapterView of(Chapter chapter) {
        return new ChapterView(chapter.code(), chapter.code(), chapter.name(), chapter.kind(), chapter.state(),
                chapter.website(), chapter.publicEmail(), chapter.status(), chapter.registeredAt());
    }
}

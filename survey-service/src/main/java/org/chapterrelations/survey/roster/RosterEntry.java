package org.chapterrelations.survey.roster;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * survey-service's own copy of a chapter, fed by {@code directory.chapters.v1}: an active chapter owes
 * the yearly report; a retired one drops out.
 */
@Document("roster")
public record RosterEntry(@Id String chapterId, String name, String kind, String state, String status,
        boolean owesReport, Instant updatedAt) {

    static RosterEntry from(DirectoryChapter chapter, Instant now) {
        return new RosterEntry(chapter.chapterId(), chapter.name(), chapter.kind(), chapter.state(), chapter.status(),
                "active".equals(chapter.status()), now);
    }
}

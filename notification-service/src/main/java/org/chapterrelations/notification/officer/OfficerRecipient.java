package org.chapterrelations.notification.officer;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One term of office, as learnt from the directory: who to alert for a chapter. {@code email} is the
 * officer's private contact (never shown publicly); {@code active} turns false when the term ends.
 */
@Document("officer_recipients")
public record OfficerRecipient(@Id String termId, @Indexed String chapterId, String personId, String personName,
        String email, String role, LocalDate start, LocalDate end, boolean active, Instant updatedAt) {

    static OfficerRecipient of(OfficerTermEvent term, boolean active) {
        return new OfficerRecipient(term.termId(), term.chapterId(), term.personId(), term.personName(),
                term.email(), term.role(), term.start(), term.end(), active, Instant.now());
    }
}

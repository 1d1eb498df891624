package org.chapterrelations.directory.office;

import java.time.LocalDate;

import org.chapterrelations.directory.person.Person;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A term as the API shows it. {@code email} and {@code phone} (the holder's current private contacts) appear
 * only for staff and the chapter's own officers; {@code chapterName} only in lists across chapters.
 */
public record TermView(String termId, String chapterId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chapterName, String personId, String personName,
        OfficeRole role, LocalDate start, LocalDate end,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone) {

    static TermView of(String chapterId, String chapterName, Term term, Person contact) {
        return new TermView(term.termId(), chapterId, chapterName, term.personId(), term.personName(), term.role(),
                term.start(), term.end(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone());
    }
}

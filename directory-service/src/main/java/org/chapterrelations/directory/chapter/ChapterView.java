package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.MailingAddress;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A chapter as the API shows it. Every field is public except {@code sampleData}, which only staff see
 * (left out of the JSON for everyone else).
 */
public record ChapterView(String id, String code, String name, ChapterKind kind, String state, List<String> states,
        String school, String parentChapterId, String website, String publicEmail, String publicPhone,
        MailingAddress mailingAddress, ChapterStatus status, boolean studentProgram, Integer foundedYear,
        MemberCount memberCount, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sampleData,
        Instant registeredAt) {

    static ChapterView of(Chapter chapter, boolean staff) {
        return new ChapterView(chapter.code(), chapter.code(), chapter.name(), chapter.kind(), chapter.state(),
                chapter.states(), chapter.school(), chapter.parentChapterId(), chapter.website(),
                chapter.publicEmail(), chapter.publicPhone(), chapter.mailingAddress(), chapter.status(),
                chapter.studentProgram(), chapter.foundedYear(), chapter.memberCount(),
                staff ? chapter.sampleData() : null, chapter.registeredAt());
    }
}

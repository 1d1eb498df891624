package org.chapterrelations.directory.exchange.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chapterrelations.directory.chapter.Chapter;
import org.chapterrelations.directory.chapter.MemberCount;
import org.chapterrelations.directory.common.MailingAddress;

/**
 * The columns of the chapter export. Their names and order are stable (spreadsheets and the import read
 * them); {@code sampleData} is a staff-only column at the end.
 */
final class ChapterCsv {

    static final List<String> PUBLIC_COLUMNS = List.of("code", "name", "kind", "state", "states", "status",
            "website", "publicEmail", "publicPhone", "street", "city", "addressState", "postalCode",
            "studentProgram", "foundedYear", "memberCountYear", "memberCount", "school", "parentChapterId");
    static final String STAFF_COLUMN = "sampleData";

    private ChapterCsv() {
    }

    static List<String> header(boolean staff) {
        List<String> header = new ArrayList<>(PUBLIC_COLUMNS);
        if (staff) {
            header.add(STAFF_COLUMN);
        }
        return header;
    }

    /** One chapter's values, in header order; absent values are null (written empty). */
    static List<Object> row(Chapter chapter, boolean staff) {
        MailingAddress address = chapter.mailingAddress() == null ? new MailingAddress(null, null, null, null)
                : chapter.mailingAddress();
        MemberCount members = chapter.memberCount() == null ? new MemberCount(null, null) : chapter.memberCount();
        List<Object> row = new ArrayList<>(Arrays.asList(chapter.code(), chapter.name(),
                chapter.kind().wireName(), chapter.state(),
                chapter.states() == null ? null : String.join(";", chapter.states()), chapter.status().wireName(),
                chapter.website(), chapter.publicEmail(), chapter.publicPhone(), address.street(), address.city(),
                address.state(), address.postalCode(), chapter.studentProgram(), chapter.foundedYear(),
                members.year(), members.count(),
                chapter.school(), chapter.parentChapterId()));
        if (staff) {
            row.add(chapter.sampleData());
        }
        return row;
    }
}

package org.chapterrelations.directory.exchange.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chapterrelations.directory.office.TermView;

/** The columns of the officer export; {@code email} and {@code phone} are staff-only columns at the end. */
final class OfficerCsv {

    static final List<String> PUBLIC_COLUMNS = List.of("chapterCode", "chapterName", "role", "personName", "start",
            "end");
    static final List<String> STAFF_COLUMNS = List.of("email", "phone");

    private OfficerCsv() {
    }

    static List<String> header(boolean staff) {
        List<String> header = new ArrayList<>(PUBLIC_COLUMNS);
        if (staff) {
            header.addAll(STAFF_COLUMNS);
        }
        return header;
    }

    static List<Object> row(TermView term, boolean staff) {
        List<Object> row = new ArrayList<>(Arrays.asList(term.chapterId(), term.chapterName(), term.role().wireName(),
                term.personName(), term.start(), term.end()));
        if (staff) {
            row.add(term.email());
            row.add(term.phone());
        }
        return row;
    }
}

package org.chapterrelations.directory.exchange.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 records: a field with a comma, quote, CR or LF is quoted with its quotes doubled; CRLF ends a record. */
final class Csv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    /** One record; a null field is written empty. */
    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

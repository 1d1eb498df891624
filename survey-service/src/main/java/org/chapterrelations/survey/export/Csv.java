package org.chapterrelations.survey.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 records (a field with a comma, quote, CR or LF is quoted, quotes doubled; CRLF ends a record),
 * with text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) made inert by
 * a leading apostrophe (OWASP "CSV injection").
 */
final class Csv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** Text from users: defused, then quoted as needed. Numbers go through {@link #field} as they are. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

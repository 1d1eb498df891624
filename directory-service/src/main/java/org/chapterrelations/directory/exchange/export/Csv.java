package org.chapterrelations.directory.exchange.export;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 records: a field with a comma, quote, CR or LF is quoted with its quotes doubled; CRLF ends a record.
 * A field a spreadsheet would run as a formula (starts with = + - @, tab or CR) gets a leading apostrophe
 * (OWASP's CSV injection advice), except plain numbers and phone numbers such as {@code +1 (503) 555-0100}.
 */
final class Csv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    /** One record; a null field is written empty. */
    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-]?[0-9 ().+-]*");

    static String field(String rawValue) {
        if (rawValue == null) {
            return "";
        }
        String value = defused(rawValue);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String defused(String value) {
        boolean formulaLike = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        return formulaLike && !NUMBER_OR_PHONE.matcher(value).matches() ? "'" + value : value;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package org.chapterrelations.platform.web.csv;

import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV for spreadsheets, written by Commons CSV as RFC 4180 (a cell is quoted where needed, its quotes doubled, and
 * CRLF ends each record). Text cells are {@link SpreadsheetFormulas#defuse defused}; numbers, booleans, dates and
 * other values are written as they are (a negative number is a number, not a formula), and a null cell is empty.
 */
public final class CsvWriter implements Flushable {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final CSVPrinter printer;

    public CsvWriter(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    /** A download named {@code filename}: UTF-8 {@code text/csv} on the response, written as rows come. */
    public static CsvWriter attachment(HttpServletResponse response, String filename) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        return new CsvWriter(response.getWriter());
    }

    public void row(List<?> cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell(cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    private static Object cell(Object value) {
        if (value instanceof CharSequence text) {
            return SpreadsheetFormulas.defuse(text.toString());
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            // 15000.5 and 1000, as typed, rather than 1.50005E4 or 1000.0
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
    }
}

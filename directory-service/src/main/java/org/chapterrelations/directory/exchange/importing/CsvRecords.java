package org.chapterrelations.directory.exchange.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV with Commons CSV: comma-separated cells, quoted cells may hold commas, line breaks and doubled
 * quotes (text after a closing quote is kept, as spreadsheets do). Each record keeps the physical line on which it
 * starts, which is how problems are reported. Blank lines are skipped.
 */
final class CsvRecords {

    // Empty lines are kept as records so that each record's first line is counted; blank ones are dropped below.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setTrailingData(true).get();

    /** One record: its cells and the file line (1-based) on which it starts. */
    record CsvRecord(int line, List<String> cells) {
    }

    /** A quoted cell still open at the end of the file. */
    static final class UnclosedQuote extends RuntimeException {

        private final int line;

        UnclosedQuote(int line) {
            super("a quoted cell of the row starting on this line is never closed");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1; // line breaks read so far, plus one
                try {
                    if (!iterator.hasNext()) {
                        return records;
                    }
                    add(records, line, iterator.next().toList());
                }
                catch (UncheckedIOException ex) {
                    // Reading a string, with text after quotes allowed, the only error left is a quote never closed.
                    throw new UnclosedQuote(line);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void add(List<CsvRecord> records, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(cells)));
        }
    }
}

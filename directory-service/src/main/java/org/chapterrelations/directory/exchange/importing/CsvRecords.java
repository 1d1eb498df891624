package org.chapterrelations.directory.exchange.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated cells, quoted cells may hold commas, line breaks and doubled quotes.
 * Each record keeps the physical line on which it starts, which is how problems are reported. Blank lines
 * are skipped.
 */
final class CsvRecords {

    /** One record: its cells and the file line (1-based) on which it starts. */
    record CsvRecord(int line, List<String> cells) {
    }

    /** A quoted cell still open at the end of the file. */
    static final class UnclosedQuote extends RuntimeException {

        private final int line;

        UnclosedQuote(int line) {
            super("a quoted cell opened on this line is never closed");
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
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    if (isLineBreak(text, i)) {
                        line++;
                    }
                    cell.append(c);
                }
            }
            else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
                quoteLine = line;
            }
            else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            }
            else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(records, recordLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            }
            else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteLine);
        }
        cells.add(cell.toString());
        add(records, recordLine, cells);
        return records;
    }

    /** A lone CR or the LF of a line break inside a quoted cell: each counts as one physical line. */
    private static boolean isLineBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    private static void add(List<CsvRecord> records, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(cells)));
        }
    }
}

package org.chapterrelations.directory.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chapterrelations.directory.exchange.importing.CsvRecords.CsvRecord;
import org.chapterrelations.platform.web.csv.SpreadsheetFormulas;

/**
 * A CSV file read against the columns an import knows: a header row naming them (in any order, required
 * ones present, no unknown or repeated name), then one row per record with as many cells as the header.
 */
final class CsvTable {

    /** A data row: its file line and its cells by column, blank cells as null, others stripped and restored. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    private CsvTable() {
    }

    /**
     * The rows of {@code text}; problems of the header, of cell counts and of quoting go to {@code problems}
     * (a bad header yields no rows: nothing else can be read reliably).
     */
    static List<Row> read(String text, List<String> known, Set<String> required, LineProblems problems) {
        List<CsvRecord> records;
        try {
            records = CsvRecords.parse(text);
        }
        catch (CsvRecords.UnclosedQuote ex) {
            problems.add(ex.line(), "row", ex.getMessage());
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(1, "header", "the file is empty: its first line must name the columns "
                    + String.join(",", known));
            return List.of();
        }
        CsvRecord header = records.get(0);
        List<String> columns = header.cells().stream().map(String::strip).toList();
        if (!headerIsValid(header.line(), columns, known, required, problems)) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.cells().size() != columns.size()) {
                problems.add(record.line(), "row", "has " + record.cells().size() + " cells; the header names "
                        + columns.size() + " columns");
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                // a cell our exports defused against spreadsheet formulas reads back as the text it stands for
                String value = SpreadsheetFormulas.restore(record.cells().get(i).strip()).strip();
                cells.put(columns.get(i), value.isEmpty() ? null : value);
            }
            rows.add(new Row(record.line(), cells));
        }
        return rows;
    }

    private static boolean headerIsValid(int line, List<String> columns, List<String> known, Set<String> required,
            LineProblems problems) {
        int before = problems.count();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!known.contains(column)) {
                problems.add(line, column.isEmpty() ? "header" : column, "unknown column; the columns are "
                        + String.join(", ", known));
            }
            else if (!seen.add(column)) {
                problems.add(line, column, "column named twice");
            }
        }
        for (String column : known) {
            if (required.contains(column) && !columns.contains(column)) {
                problems.add(line, column, "required column is missing from the header");
            }
        }
        return problems.count() == before;
    }
}

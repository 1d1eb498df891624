package org.chapterrelations.directory.exchange.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.directory.chapter.ChapterForm;
import org.chapterrelations.directory.chapter.ChapterImports;
import org.chapterrelations.directory.chapter.ChapterKind;
import org.chapterrelations.directory.exchange.importing.CsvTable.Row;
import org.chapterrelations.directory.exchange.importing.ImportSummaries.ChapterImportSummary;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Imports a chapters CSV all or nothing: every row is checked (against the file and the store) before the
 * first write, and a file with any problem writes nothing. Applying is idempotent, so a run cut short is
 * completed by sending the same file again.
 */
@Service
class ChapterImport {

    private record Line(int line, String code, ChapterForm form) {
    }

    private final ChapterImports chapters;

    ChapterImport(ChapterImports chapters) {
        this.chapters = chapters;
    }

    ChapterImportSummary run(String csv) {
        LineProblems problems = new LineProblems();
        List<Line> lines = new ArrayList<>();
        for (Row row : CsvTable.read(csv, ChapterRow.COLUMNS, ChapterRow.REQUIRED, problems)) {
            String code = row.get("code") == null ? null : row.get("code").toUpperCase();
            lines.add(new Line(row.line(), code, ChapterRow.read(row, problems)));
        }
        Map<String, ChapterKind> kindInFile = firstOfEachCode(lines, problems);
        for (Line line : lines) {
            for (FieldProblem problem : chapters.problems(line.form(), code -> kindInFile.containsKey(code)
                    ? kindInFile.get(code) == ChapterKind.STATE
                    : chapters.storedKind(code).map(ChapterKind.STATE::equals).orElse(false))) {
                problems.addOnce(line.line(), ChapterRow.column(problem.field()), problem.message());
            }
        }
        problems.throwIfAny();
        return apply(lines);
    }

    /** Each code's kind as the file states it; a code stated twice is a problem on its later line. */
    private static Map<String, ChapterKind> firstOfEachCode(List<Line> lines, LineProblems problems) {
        Map<String, ChapterKind> kinds = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Line line : lines) {
            if (line.code() == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(line.code(), line.line());
            if (first != null) {
                problems.add(line.line(), "code", "chapter " + line.code() + " is already on line " + first);
            }
            else {
                kinds.put(line.code(), line.form().kind());
            }
        }
        return kinds;
    }

    private ChapterImportSummary apply(List<Line> lines) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // State and regional chapters first: a student chapter's parent must exist when it is registered.
        List<Line> ordered = lines.stream()
                .sorted(Comparator.comparing(line -> line.form().kind() == ChapterKind.STUDENT)).toList();
        for (Line line : ordered) {
            switch (chapters.apply(line.form())) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ChapterImportSummary(lines.size(), created, updated, unchanged);
    }
}

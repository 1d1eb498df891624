package org.chapterrelations.survey.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chapterrelations.platform.events.EventJson;
import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.Questionnaire;
import org.chapterrelations.survey.questionnaire.Questionnaires;
import org.chapterrelations.survey.report.ReportQueries;
import org.chapterrelations.survey.status.StatusBoard;
import org.springframework.stereotype.Component;

/**
 * A year's answers as CSV: one row per chapter on the status board, one column per question key (in the
 * published questionnaire's order, so column names are stable across revisions that keep their keys).
 * Cells hold each chapter's latest submitted answers; a multi-choice answer is its choices joined with
 * "; ", a table its rows as JSON, yes-no "yes"/"no".
 */
@Component
class AnswersCsv {

    static final List<String> FIXED_COLUMNS = List.of("chapter_id", "chapter_name", "status", "version",
            "submitted_at");

    private final Questionnaires questionnaires;
    private final StatusBoard board;
    private final ReportQueries reports;

    AnswersCsv(Questionnaires questionnaires, StatusBoard board, ReportQueries reports) {
        this.questionnaires = questionnaires;
        this.board = board;
        this.reports = reports;
    }

    String export(int year) {
        Questionnaire questionnaire = questionnaires.requirePublished(year);
        List<Question> questions = questionnaire.questions();
        Map<String, Map<String, Object>> answers = reports.submittedAnswers(year);
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        questions.forEach(question -> header.add(question.key()));
        csv.append(Csv.record(header));
        for (StatusBoard.ChapterStatus chapter : board.of(year).chapters()) {
            Map<String, Object> submitted = answers.getOrDefault(chapter.chapterId(), Map.of());
            List<String> row = new ArrayList<>(List.of(Csv.text(chapter.chapterId()), Csv.text(
                    nullToEmpty(chapter.name())), chapter.status(), chapter.version() == null ? ""
                            : chapter.version().toString(), instant(chapter.submittedAt())));
            questions.forEach(question -> row.add(cell(submitted.get(question.key()))));
            csv.append(Csv.record(row));
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return Csv.text(list.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
        if (value instanceof List<?> table) {
            return Csv.text(EventJson.write(table));
        }
        return Csv.text(String.valueOf(value));
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

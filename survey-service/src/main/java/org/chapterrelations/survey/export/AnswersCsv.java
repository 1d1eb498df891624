package org.chapterrelations.survey.export;

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

    /** The header, then a row per chapter; all read before the answer starts, so an unknown year is still a 404. */
    List<List<Object>> rows(int year) {
        Questionnaire questionnaire = questionnaires.requirePublished(year);
        List<Question> questions = questionnaire.questions();
        Map<String, Map<String, Object>> answers = reports.submittedAnswers(year);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(FIXED_COLUMNS);
        questions.forEach(question -> header.add(question.key()));
        rows.add(header);
        for (StatusBoard.ChapterStatus chapter : board.of(year).chapters()) {
            Map<String, Object> submitted = answers.getOrDefault(chapter.chapterId(), Map.of());
            List<Object> row = new ArrayList<>();
            row.add(chapter.chapterId());
            row.add(chapter.name());
            row.add(chapter.status());
            row.add(chapter.version());
            row.add(chapter.submittedAt());
            questions.forEach(question -> row.add(cell(submitted.get(question.key()))));
            rows.add(row);
        }
        return rows;
    }

    private static Object cell(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        if (value instanceof List<?> table) {
            return EventJson.write(table);
        }
        return value instanceof Number ? value : value == null ? null : String.valueOf(value);
    }
}

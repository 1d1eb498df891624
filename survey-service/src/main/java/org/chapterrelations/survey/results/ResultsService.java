package org.chapterrelations.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.Questionnaire;
import org.chapterrelations.survey.questionnaire.Questionnaires;
import org.chapterrelations.survey.report.ReportQueries;
import org.springframework.stereotype.Service;

/**
 * Per-question aggregates of a year's submitted reports (each chapter's latest version), computed in
 * memory in one pass over a projection of the answers: measured at 500 chapters x 80 questions in
 * docs/benchmarks.md.
 */
@Service
class ResultsService {

    private final Questionnaires questionnaires;
    private final ReportQueries reports;

    ResultsService(Questionnaires questionnaires, ReportQueries reports) {
        this.questionnaires = questionnaires;
        this.reports = reports;
    }

    YearResults results(int year) {
        Questionnaire questionnaire = questionnaires.requirePublished(year);
        Map<String, Map<String, Object>> answers = reports.submittedAnswers(year);
        List<QuestionAccumulator> accumulators = questionnaire.questions().stream().map(QuestionAccumulator::new)
                .toList();
        List<Question> questions = questionnaire.questions();
        answers.forEach((chapterId, report) -> {
            for (int i = 0; i < questions.size(); i++) {
                accumulators.get(i).add(chapterId, report.get(questions.get(i).key()));
            }
        });
        return new YearResults(year, questionnaire.revision(), answers.size(),
                accumulators.stream().map(QuestionAccumulator::result).toList());
    }

    /** One numeric question's statistics year by year; a year without it (or where it is not numeric) says so. */
    Comparison compare(String questionKey, List<Integer> years) {
        if (questionKey == null || questionKey.isBlank()) {
            throw ApiException.badField("questionKey", "is required");
        }
        if (years == null || years.isEmpty() || years.size() > 20) {
            throw ApiException.badField("years", "give 1 to 20 years, e.g. years=2025,2026");
        }
        List<Comparison.YearFigures> figures = new ArrayList<>();
        for (int year : years.stream().distinct().sorted().toList()) {
            Question question = questionnaires.currentPublished(year).flatMap(q -> q.question(questionKey))
                    .orElse(null);
            if (question == null || !question.type().numeric()) {
                figures.add(new Comparison.YearFigures(year, null, question == null ? "no such question"
                        : "not a numeric question", null));
                continue;
            }
            NumericSummary.Accumulator accumulator = new NumericSummary.Accumulator();
            reports.submittedAnswers(year).values().forEach(report -> accumulator.add(report.get(questionKey)));
            figures.add(new Comparison.YearFigures(year, question.label(), null, accumulator.summary()));
        }
        return new Comparison(questionKey, figures);
    }

    record YearResults(int year, int questionnaireRevision, int submittedReports, List<QuestionResult> questions) {
    }

    record Comparison(String questionKey, List<YearFigures> years) {

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        record YearFigures(int year, String label, String note, NumericSummary statistics) {
        }
    }
}

package org.chapterrelations.survey.results;

import java.util.List;
import java.util.Map;

import org.chapterrelations.survey.questionnaire.QuestionType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The aggregate of one question over the submitted reports: counts per choice (choice, yes-no, scale),
 * statistics (number, integer, currency, scale; per numeric column for a table), or every text answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionResult(String key, String label, QuestionType type, int answered, Map<String, Integer> counts,
        NumericSummary statistics, List<TextAnswer> answers, Integer rows, Map<String, NumericSummary> columns) {

    /** One chapter's text answer, listed in full. */
    public record TextAnswer(String chapterId, String value) {
    }
}

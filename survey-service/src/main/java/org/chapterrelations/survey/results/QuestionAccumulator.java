package org.chapterrelations.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.QuestionType;

/** Gathers one question's answers as reports stream past, so the whole year is aggregated in one pass. */
final class QuestionAccumulator {

    private final Question question;
    private int answered;
    private final Map<String, Integer> counts;
    private final NumericSummary.Accumulator numbers;
    private final List<QuestionResult.TextAnswer> texts;
    private final Map<String, NumericSummary.Accumulator> columns;
    private int rows;

    QuestionAccumulator(Question question) {
        this.question = question;
        QuestionType type = question.type();
        counts = counted(type) ? initialCounts(question) : null;
        numbers = type.numeric() ? new NumericSummary.Accumulator() : null;
        texts = counted(type) || type.numeric() || type == QuestionType.TABLE ? null : new ArrayList<>();
        columns = type == QuestionType.TABLE ? numericColumns(question) : null;
    }

    void add(String chapterId, Object value) {
        if (value == null) {
            return;
        }
        answered++;
        if (counts != null) {
            count(value);
        }
        if (numbers != null) {
            numbers.add(value);
        }
        if (texts != null) {
            texts.add(new QuestionResult.TextAnswer(chapterId, String.valueOf(value)));
        }
        if (columns != null && value instanceof List<?> table) {
            rows += table.size();
            for (Object row : table) {
                if (row instanceof Map<?, ?> cells) {
                    columns.forEach((column, accumulator) -> accumulator.add(cells.get(column)));
                }
            }
        }
    }

    QuestionResult result() {
        if (texts != null) {
            texts.sort((a, b) -> a.chapterId().compareTo(b.chapterId()));
        }
        Map<String, NumericSummary> columnSummaries = null;
        if (columns != null) {
            columnSummaries = new LinkedHashMap<>();
            for (var entry : columns.entrySet()) {
                columnSummaries.put(entry.getKey(), entry.getValue().summary());
            }
        }
        return new QuestionResult(question.key(), question.label(), question.type(), answered, counts,
                numbers == null ? null : numbers.summary(), texts, columns == null ? null : rows, columnSummaries);
    }

    private void count(Object value) {
        if (value instanceof List<?> chosen) {
            chosen.forEach(choice -> counts.merge(String.valueOf(choice), 1, Integer::sum));
        }
        else if (value instanceof Boolean yes) {
            counts.merge(yes ? "yes" : "no", 1, Integer::sum);
        }
        else if (value instanceof Number number) {
            counts.merge(String.valueOf(number.longValue()), 1, Integer::sum);
        }
        else {
            counts.merge(String.valueOf(value), 1, Integer::sum);
        }
    }

    private static boolean counted(QuestionType type) {
        return type.hasChoices() || type == QuestionType.YES_NO || type == QuestionType.SCALE;
    }

    /** Every possible value listed, with zero counts, in the questionnaire's order. */
    private static Map<String, Integer> initialCounts(Question question) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        switch (question.type()) {
            case YES_NO -> List.of("yes", "no").forEach(value -> counts.put(value, 0));
            case SCALE -> List.of("1", "2", "3", "4", "5").forEach(value -> counts.put(value, 0));
            default -> question.choices().forEach(choice -> counts.put(choice, 0));
        }
        return counts;
    }

    private static Map<String, NumericSummary.Accumulator> numericColumns(Question table) {
        Map<String, NumericSummary.Accumulator> numeric = new LinkedHashMap<>();
        table.columns().stream().filter(column -> column.type().numeric())
                .forEach(column -> numeric.put(column.key(), new NumericSummary.Accumulator()));
        return numeric;
    }
}

package org.chapterrelations.survey.questionnaire;

import java.util.List;

/**
 * One question. Its {@code key} is stable across years and revisions: answers, CSV columns and
 * year-on-year comparisons are keyed by it.
 *
 * @param min      lowest accepted value of a number, integer or currency
 * @param max      highest accepted value of a number, integer or currency
 * @param choices  the accepted values of a single- or multi-choice question
 * @param columns  the typed columns of a table question
 * @param showIf   asked only when an earlier answer has a given value; otherwise neither required nor stored
 */
public record Question(String key, QuestionType type, String label, String helpText, Boolean required, Double min,
        Double max, List<String> choices, List<Column> columns, ShowIf showIf) {

    public Question {
        required = Boolean.TRUE.equals(required);
        choices = choices == null ? List.of() : List.copyOf(choices);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** Same key, type and choices (and columns): last year's answer still fits, so it can prefill. */
    public boolean sameShapeAs(Question other) {
        return other != null && key.equals(other.key) && type == other.type && choices.equals(other.choices)
                && columns.stream().map(Column::shape).toList()
                        .equals(other.columns.stream().map(Column::shape).toList());
    }

    /** A table column: typed like a question, but never a table or multi-choice itself. */
    public record Column(String key, QuestionType type, String label, Boolean required, Double min, Double max,
            List<String> choices) {

        public Column {
            required = Boolean.TRUE.equals(required);
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        String shape() {
            return key + ":" + type + ":" + choices;
        }

        public Question asQuestion() {
            return new Question(key, type, label, null, required, min, max, choices, List.of(), null);
        }
    }
}

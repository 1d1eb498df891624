package org.chapterrelations.survey.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chapterrelations.survey.questionnaire.Question;

/** Validators of the types with structure: single- and multi-choice, and tables of typed columns. */
final class StructuredValidators {

    static final int TABLE_MAX_ROWS = 500;

    private StructuredValidators() {
    }

    static Object singleChoice(Object raw, Question question, AnswerProblems problems) {
        if (raw instanceof String choice && question.choices().contains(choice)) {
            return choice;
        }
        return problems.reject("must be one of " + String.join(", ", question.choices()));
    }

    static Object multiChoice(Object raw, Question question, AnswerProblems problems) {
        if (!(raw instanceof List<?> chosen)) {
            return problems.reject("must be a list of choices among " + String.join(", ", question.choices()));
        }
        Set<String> seen = new HashSet<>();
        for (Object choice : chosen) {
            if (!(choice instanceof String text) || !question.choices().contains(text)) {
                return problems.reject("must only hold choices among " + String.join(", ", question.choices()));
            }
            if (!seen.add(text)) {
                return problems.reject("must not repeat " + text);
            }
        }
        // Stored in the questionnaire's order, so equal answers compare equal.
        return question.choices().stream().filter(seen::contains).toList();
    }

    static Object table(Object raw, Question question, AnswerProblems problems) {
        if (!(raw instanceof List<?> rows)) {
            return problems.reject("must be a list of rows");
        }
        if (rows.size() > TABLE_MAX_ROWS) {
            return problems.reject("must have at most " + TABLE_MAX_ROWS + " rows");
        }
        int before = problems.size();
        List<Map<String, Object>> stored = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            AnswerProblems row = problems.at("[" + r + "]");
            if (!(rows.get(r) instanceof Map<?, ?> cells)) {
                row.reject("must be an object of column values");
                continue;
            }
            stored.add(row(cells, question, row));
        }
        return problems.size() > before ? null : stored;
    }

    private static Map<String, Object> row(Map<?, ?> cells, Question table, AnswerProblems problems) {
        Map<String, Object> row = new LinkedHashMap<>();
        Set<Object> known = new HashSet<>();
        for (Question.Column column : table.columns()) {
            known.add(column.key());
            Object raw = Answers.present(cells.get(column.key()));
            AnswerProblems cell = problems.at("." + column.key());
            if (raw == null) {
                if (column.required()) {
                    cell.reject("is required");
                }
                continue;
            }
            Object value = Answers.validatorFor(column.type()).check(raw, column.asQuestion(), cell);
            if (value != null) {
                row.put(column.key(), value);
            }
        }
        cells.keySet().stream().filter(key -> !known.contains(key))
                .forEach(key -> problems.at("." + key).reject("is not a column of this table"));
        return row;
    }
}

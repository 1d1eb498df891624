package org.chapterrelations.survey.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** Checks a questionnaire definition before it is stored: keys, types, choices, ranges and conditions. */
final class QuestionnaireRules {

    /** Keys become CSV column names and URL parameters: lower-case, digits and underscores. */
    static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
    private static final Set<QuestionType> COLUMN_TYPES_REFUSED = Set.of(QuestionType.TABLE, QuestionType.MULTI_CHOICE,
            QuestionType.LONG_TEXT);

    private QuestionnaireRules() {
    }

    static void check(List<Section> sections) {
        List<FieldProblem> problems = new ArrayList<>();
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "a questionnaire needs at least one section"));
            throw invalid(problems);
        }
        Set<String> sectionKeys = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String at = "sections[" + s + "]";
            if (section == null) {
                problems.add(new FieldProblem(at, "must be a section, not null"));
                continue;
            }
            if (section.key() == null || !KEY.matcher(section.key()).matches() || !sectionKeys.add(section.key())) {
                problems.add(new FieldProblem(at + ".key", "must be a unique key of lower-case letters, digits and _"));
            }
            if (blank(section.title())) {
                problems.add(new FieldProblem(at + ".title", "must not be blank"));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String path = at + ".questions[" + q + "]";
                checkQuestion(question, path, earlier, problems);
                if (question.key() != null) {
                    earlier.put(question.key(), question);
                }
            }
        }
        if (earlier.isEmpty()) {
            problems.add(new FieldProblem("sections", "a questionnaire needs at least one question"));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
    }

    private static void checkQuestion(Question question, String path, Map<String, Question> earlier,
            List<FieldProblem> problems) {
        if (question.key() == null || !KEY.matcher(question.key()).matches()) {
            problems.add(new FieldProblem(path + ".key",
                    "must be lower-case letters, digits and _, starting with a letter"));
        }
        else if (earlier.containsKey(question.key())) {
            problems.add(new FieldProblem(path + ".key", "duplicates question " + question.key()));
        }
        if (blank(question.label())) {
            problems.add(new FieldProblem(path + ".label", "must not be blank"));
        }
        if (question.type() == null) {
            problems.add(new FieldProblem(path + ".type", "is required"));
            return;
        }
        checkTyped(question.type(), question.choices(), question.min(), question.max(), path, problems);
        if (question.type() == QuestionType.TABLE) {
            checkColumns(question.columns(), path, problems);
        }
        if (question.showIf() != null) {
            checkShowIf(question.showIf(), path + ".showIf", earlier, problems);
        }
    }

    private static void checkTyped(QuestionType type, List<String> choices, Double min, Double max, String path,
            List<FieldProblem> problems) {
        if (type.hasChoices() && (choices.isEmpty() || new HashSet<>(choices).size() != choices.size()
                || choices.stream().anyMatch(QuestionnaireRules::blank))) {
            problems.add(new FieldProblem(path + ".choices", "must list at least one distinct, non-blank choice"));
        }
        if (min != null && max != null && min > max) {
            problems.add(new FieldProblem(path + ".max", "must not be below min"));
        }
    }

    private static void checkColumns(List<Question.Column> columns, String path, List<FieldProblem> problems) {
        if (columns.isEmpty()) {
            problems.add(new FieldProblem(path + ".columns", "a table needs at least one column"));
        }
        Set<String> keys = new HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            Question.Column column = columns.get(c);
            String at = path + ".columns[" + c + "]";
            if (column.key() == null || !KEY.matcher(column.key()).matches() || !keys.add(column.key())) {
                problems.add(new FieldProblem(at + ".key", "must be a unique key of lower-case letters, digits and _"));
            }
            if (column.type() == null || COLUMN_TYPES_REFUSED.contains(column.type())) {
                problems.add(new FieldProblem(at + ".type", "a column is a single-valued type (not table, multi-choice "
                        + "or long-text)"));
            }
            else {
                checkTyped(column.type(), column.choices(), column.min(), column.max(), at, problems);
            }
        }
    }

    private static void checkShowIf(ShowIf showIf, String path, Map<String, Question> earlier,
            List<FieldProblem> problems) {
        Question source = earlier.get(showIf.questionKey());
        if (source == null) {
            problems.add(new FieldProblem(path + ".questionKey", "must name an earlier question"));
        }
        else if (source.type() == QuestionType.TABLE) {
            problems.add(new FieldProblem(path + ".questionKey", "cannot depend on a table question"));
        }
        boolean hasEquals = showIf.equalTo() != null;
        boolean hasIn = showIf.in() != null && !showIf.in().isEmpty();
        if (hasEquals == hasIn) {
            problems.add(new FieldProblem(path, "give exactly one of equals or in"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "The questionnaire has invalid fields.", problems);
    }
}

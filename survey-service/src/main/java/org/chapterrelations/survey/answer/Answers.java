package org.chapterrelations.survey.answer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.platform.web.problem.FieldProblem;
import org.chapterrelations.survey.questionnaire.Question;
import org.chapterrelations.survey.questionnaire.QuestionType;
import org.chapterrelations.survey.questionnaire.Questionnaire;

/**
 * Server-side validation of a report's answers against the questionnaire revision they are given under,
 * whatever the client sends: one validator per question type, conditional questions (a hidden question
 * is neither required nor stored), and unknown keys refused.
 */
public final class Answers {

    private static final Map<QuestionType, AnswerValidator> VALIDATORS = new EnumMap<>(QuestionType.class);

    static {
        VALIDATORS.put(QuestionType.TEXT, ScalarValidators.text(ScalarValidators.TEXT_MAX));
        VALIDATORS.put(QuestionType.LONG_TEXT, ScalarValidators.text(ScalarValidators.LONG_TEXT_MAX));
        VALIDATORS.put(QuestionType.NUMBER, ScalarValidators::number);
        VALIDATORS.put(QuestionType.INTEGER, ScalarValidators::integer);
        VALIDATORS.put(QuestionType.CURRENCY, ScalarValidators::currency);
        VALIDATORS.put(QuestionType.DATE, ScalarValidators::date);
        VALIDATORS.put(QuestionType.SINGLE_CHOICE, StructuredValidators::singleChoice);
        VALIDATORS.put(QuestionType.MULTI_CHOICE, StructuredValidators::multiChoice);
        VALIDATORS.put(QuestionType.YES_NO, ScalarValidators::yesNo);
        VALIDATORS.put(QuestionType.SCALE, ScalarValidators::scale);
        VALIDATORS.put(QuestionType.EMAIL, ScalarValidators::email);
        VALIDATORS.put(QuestionType.URL, ScalarValidators::url);
        VALIDATORS.put(QuestionType.TABLE, StructuredValidators::table);
    }

    private Answers() {
    }

    /**
     * Checks every answer present; with {@code complete}, also that every visible required question is
     * answered (as on submission).
     */
    public static Checked check(Questionnaire questionnaire, Map<String, ?> raw, boolean complete) {
        AnswerProblems problems = AnswerProblems.root();
        Map<String, Question> questions = questionnaire.questionsByKey();
        raw.keySet().stream().filter(key -> !questions.containsKey(key)).sorted().forEach(key -> problems
                .at("." + key).reject("is not a question of revision " + questionnaire.revision()));
        Map<String, Object> stored = new LinkedHashMap<>();
        Map<String, Boolean> visible = new LinkedHashMap<>();
        for (Question question : questions.values()) {
            boolean shown = shown(question, visible, stored);
            visible.put(question.key(), shown);
            if (!shown) {
                continue;
            }
            AnswerProblems at = problems.at("." + question.key());
            Object value = present(raw.get(question.key()));
            if (value == null) {
                if (complete && question.required()) {
                    at.reject("is required");
                }
                continue;
            }
            Object normalised = validatorFor(question.type()).check(value, question, at);
            if (normalised != null) {
                stored.put(question.key(), normalised);
            }
        }
        return new Checked(stored, problems.list());
    }

    /** Keeps only the answers that still fit the question, silently dropping the rest (for prefilling). */
    public static Map<String, Object> keepValid(Questionnaire questionnaire, Map<String, ?> raw) {
        Map<String, Object> fitting = new LinkedHashMap<>();
        Map<String, Question> questions = questionnaire.questionsByKey();
        raw.forEach((key, value) -> {
            Question question = questions.get(key);
            Object present = present(value);
            if (question != null && present != null) {
                Object normalised = validatorFor(question.type()).check(present, question, AnswerProblems.root());
                if (normalised != null) {
                    fitting.put(key, normalised);
                }
            }
        });
        return check(questionnaire, fitting, false).answers();
    }

    static AnswerValidator validatorFor(QuestionType type) {
        return VALIDATORS.get(type);
    }

    /** No answer: null, a blank string, or an empty list of choices. */
    static Object present(Object value) {
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return value;
    }

    private static boolean shown(Question question, Map<String, Boolean> visible, Map<String, Object> stored) {
        if (question.showIf() == null) {
            return true;
        }
        String source = question.showIf().questionKey();
        return Boolean.TRUE.equals(visible.get(source)) && question.showIf().matches(stored.get(source));
    }

    /** The answers to store (visible, valid, normalised) and every problem found. */
    public record Checked(Map<String, Object> answers, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }
}

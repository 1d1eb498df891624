package org.chapterrelations.survey.answer;

import org.chapterrelations.survey.questionnaire.Question;

/** Checks one answer of one question type and returns it in its stored form, or rejects it. */
@FunctionalInterface
interface AnswerValidator {

    /**
     * @param raw the answer as the client sent it (never null: a null answer is no answer)
     * @return the normalised value to store, or null after recording why it was rejected
     */
    Object check(Object raw, Question question, AnswerProblems problems);
}

package org.chapterrelations.survey.answer;

import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.platform.web.problem.FieldProblem;

/**
 * Collects what is wrong with answers, each named by its path: {@code answers.<key>} or
 * {@code answers.<key>[row].<column>}.
 */
final class AnswerProblems {

    private final List<FieldProblem> problems;
    private final String field;

    private AnswerProblems(List<FieldProblem> problems, String field) {
        this.problems = problems;
        this.field = field;
    }

    static AnswerProblems root() {
        return new AnswerProblems(new ArrayList<>(), "answers");
    }

    AnswerProblems at(String suffix) {
        return new AnswerProblems(problems, field + suffix);
    }

    /** Records the problem and returns null, the value a rejected answer normalises to. */
    Object reject(String message) {
        problems.add(new FieldProblem(field, message));
        return null;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<FieldProblem> list() {
        return List.copyOf(problems);
    }
}

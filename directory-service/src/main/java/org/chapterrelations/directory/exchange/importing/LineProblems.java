package org.chapterrelations.directory.exchange.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** Every problem of a file, each named {@code line <n>: <column>}, so that one answer lists them all. */
final class LineProblems {

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> named = new HashSet<>();

    void add(int line, String column, String message) {
        String field = "line " + line + ": " + column;
        named.add(field);
        problems.add(new FieldProblem(field, message));
    }

    /** Adds the problem unless this cell already has one (a cell that did not parse breaks a rule too). */
    void addOnce(int line, String column, String message) {
        if (!named.contains("line " + line + ": " + column)) {
            add(line, column, message);
        }
    }

    boolean hasLine(int line) {
        String prefix = "line " + line + ": ";
        return named.stream().anyMatch(field -> field.startsWith(prefix));
    }

    int count() {
        return problems.size();
    }

    /** The 400 that refuses the whole file: nothing of it has been written. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The file has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "; nothing was imported. Fix every listed line and "
                    + "send the whole file again.", problems);
        }
    }
}

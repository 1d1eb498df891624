package org.chapterrelations.directory.office;

import java.util.List;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** The 409s of the office rules, each naming the field at fault. */
final class OfficeProblems {

    private OfficeProblems() {
    }

    static ApiException overlap(OfficeRole role, Term other) {
        return conflict("role", role.wireName() + " has one holder at a time, and " + other.personName()
                + " holds it from " + other.start() + (other.end() == null ? "" : " to " + other.end())
                + " (term " + other.termId() + ")");
    }

    static ApiException conflict(String field, String message) {
        return new ApiException(HttpStatus.CONFLICT, "The change conflicts with the chapter's terms of office.",
                List.of(new FieldProblem(field, message)));
    }
}

package org.chapterrelations.platform.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, with the status and the fields at fault. Rendered as
 * {@code application/problem+json} by {@link ProblemDetailsAdvice}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public ApiException(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail);
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.",
                List.of(new FieldProblem(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

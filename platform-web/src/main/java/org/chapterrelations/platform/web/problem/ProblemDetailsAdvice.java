package org.chapterrelations.platform.web.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with {@code type}, {@code title},
 * {@code status}, {@code detail} and, for bad input, {@code errors[]} of {@code {field, message}}.
 * Unexpected failures are logged here and answered without a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException ex, WebRequest request) {
        return respond(ex.status(), ex.getMessage(), ex.errors(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex, WebRequest request) {
        return respond(HttpStatus.CONFLICT, "A record with the same unique key already exists.", List.of(), request);
    }

    /**
     * FerretDB reports a unique index broken by an update (not by an insert) as InternalError 1 with the SQL
     * engine's words, which Spring cannot tell from any other failure: it is the same conflict as a
     * duplicate key.
     */
    @ExceptionHandler(UncategorizedMongoDbException.class)
    ResponseEntity<ProblemDetail> uncategorizedStoreFailure(UncategorizedMongoDbException ex, WebRequest request) {
        String message = String.valueOf(ex.getMessage());
        if (message.contains("UNIQUE constraint failed") || message.contains("duplicate key value violates unique")) {
            return duplicate(new DuplicateKeyException(message, ex), request);
        }
        return unexpected(ex, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
        return respond(HttpStatus.PRECONDITION_FAILED,
                "The record changed since you read it: fetch it again and reapply your change.", List.of(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors, request);
    }

    /** A query parameter such as {@code q[$ne]=x} that the binder reads as an indexed property path. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<ProblemDetail> invalidProperty(InvalidPropertyException ex, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "The request has an unknown or malformed parameter.",
                List.of(new FieldProblem(ex.getPropertyName(), "is not a parameter of this request")), request);
    }

    /**
     * A multipart request the servlet cannot parse (no boundary, a cut-off body) fails before any controller.
     * Too large an upload is a subclass, answered 413 by the base class.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "The request is not readable as multipart/form-data: "
                + "its Content-Type needs a boundary and its body the parts that boundary separates.", List.of(), request);
    }

    /**
     * Spring Security's firewall checks parameter names and values only when they are read, inside the
     * controller's argument binding: a name it refuses would otherwise end as a 500.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedRequest(RequestRejectedException ex, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "The request has a parameter name or value that is not allowed.",
                List.of(), request);
    }

    /**
     * Spring Data decodes each {@code sort} value once more, and a value with a stray {@code %} fails there with
     * an IllegalArgumentException; any other one is a fault of ours.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex, WebRequest request) {
        boolean sortParameter = Arrays.stream(ex.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(SortHandlerMethodArgumentResolver.class.getName()));
        if (sortParameter) {
            return respond(HttpStatus.BAD_REQUEST, "The request has invalid parameters.",
                    List.of(new FieldProblem("sort", "is not a valid sort: use property,asc or property,desc")),
                    request);
        }
        return unexpected(ex, request);
    }

    /** The store did not answer (down, restarting, unreachable): nothing was written; the client may retry. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException ex, WebRequest request) {
        log.warn("Data store unavailable on {}: {}", describe(request), ex.getMessage());
        ResponseEntity<ProblemDetail> response = respond(HttpStatus.SERVICE_UNAVAILABLE,
                "The data store is not answering; nothing was changed. Try again in a few seconds.", List.of(), request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure on {}", describe(request), ex);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.",
                List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return cast(respond(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors, request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return cast(respond(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", errors, request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = UnreadableBody.problems(ex);
        String detail = errors.isEmpty()
                ? "The request body is not valid JSON for this operation: check its syntax and field types."
                : "The request has invalid fields.";
        return cast(respond(HttpStatus.BAD_REQUEST, detail, errors, request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (status != null) {
                problem.setType(ProblemResponses.type(status));
            }
            setInstance(problem, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String detail, List<FieldProblem> errors,
            WebRequest request) {
        ProblemDetail problem = ProblemResponses.problem(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        setInstance(problem, request);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static void setInstance(ProblemDetail problem, WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity<Object>) (ResponseEntity<?>) response;
    }
}

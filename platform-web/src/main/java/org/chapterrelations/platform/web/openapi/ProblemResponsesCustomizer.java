package org.chapterrelations.platform.web.openapi;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents the platform's problem+json errors (RFC 9457) once, as shared components, and refers each
 * operation to the ones it can answer. Which ones apply is read from the operation's shape (a body or
 * parameters may be invalid, a path id may be unknown, a write may conflict, an {@code If-Match} may be
 * stale), so controllers need no error annotations; an operation's own declared response wins.
 */
public class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** One error answer; {@code problemBody} false for the one the gateway's HTTP decoder sends without a body. */
    private record ErrorResponse(String status, String name, String description,
            Predicate<Documented> appliesTo, boolean problemBody) {

        ErrorResponse(String status, String name, String description, Predicate<Documented> appliesTo) {
            this(status, name, description, appliesTo, true);
        }
    }

    private record Documented(PathItem.HttpMethod method, String path, Operation operation) {

        /** A body or parameter a caller may get wrong: a path value of the wrong type (a year that is no number) too. */
        boolean hasInput() {
            return operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        }

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        boolean hasIfMatch() {
            return operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "header".equals(parameter.getIn())
                            && "If-Match".equalsIgnoreCase(parameter.getName()));
        }
    }

    private static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse("400", "BadRequest",
                    "The request is invalid; `errors[]` names each field at fault.", Documented::hasInput),
            new ErrorResponse("401", "Unauthorized",
                    "No valid bearer token: missing where one is required, expired, or not ours. "
                            + "A token that is sent is always checked.", op -> true),
            new ErrorResponse("403", "Forbidden",
                    "The caller's role or chapter does not allow this.", op -> true),
            new ErrorResponse("404", "NotFound",
                    "No record has this id.", op -> op.path().contains("{")),
            new ErrorResponse("409", "Conflict",
                    "The change conflicts with the record's current state or with a unique key.",
                    op -> WRITES.contains(op.method())),
            new ErrorResponse("412", "PreconditionFailed",
                    "`If-Match` does not match the current ETag: fetch the record again and reapply the change.",
                    Documented::hasIfMatch),
            new ErrorResponse("414", "UriTooLong",
                    "The path and query are longer than the gateway reads (8 KB): answered by its HTTP decoder, "
                            + "without a body, before any service sees the request.", Documented::hasInput, false),
            new ErrorResponse("415", "UnsupportedMediaType",
                    "The body is not of a media type this operation reads (see its request body).",
                    Documented::hasBody),
            new ErrorResponse("428", "PreconditionRequired",
                    "`If-Match` is missing: send the ETag of the record as last read.", Documented::hasIfMatch),
            new ErrorResponse("429", "TooManyRequests",
                    "The gateway's rate limit for this caller is spent; `Retry-After` gives the seconds to wait.",
                    op -> true));

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas("FieldProblem", fieldProblem());
        components.addSchemas("Problem", problem());
        ERRORS.forEach(error -> components.addResponses(error.name(), error.problemBody()
                ? new ApiResponse().description(error.description()).content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))
                : new ApiResponse().description(error.description())));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Documented documented = new Documented(method, path, operation);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            ERRORS.stream().filter(error -> error.appliesTo().test(documented))
                    .filter(error -> !responses.containsKey(error.status()))
                    .forEach(error -> responses.addApiResponse(error.status(),
                            new ApiResponse().$ref("#/components/responses/" + error.name())));
        }));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema().description("One invalid field and what is wrong with it.")
                .addProperty("field", new StringSchema().example("name"))
                .addProperty("message", new StringSchema().example("must not be blank"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("An RFC 9457 problem document; never a stack trace.")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://chapter-relations.example/problems/not-found"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().format("int32").example(404))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                        .description("Present on 400: each invalid field."))
                .required(List.of("type", "title", "status"));
    }
}

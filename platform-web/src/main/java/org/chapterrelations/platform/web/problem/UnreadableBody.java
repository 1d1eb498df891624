package org.chapterrelations.platform.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Turns a JSON body Jackson could not read into the field at fault and what it should hold. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static List<FieldProblem> problems(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return List.of(new FieldProblem(path(json), expectation(json)));
            }
        }
        return List.of();
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(JacksonException json) {
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(constant -> JsonMapper.shared().valueToTree(constant).asString())
                        .collect(Collectors.joining(", "));
            }
            return "must be a valid " + type.getSimpleName().toLowerCase();
        }
        return "has a value of the wrong type or format";
    }
}

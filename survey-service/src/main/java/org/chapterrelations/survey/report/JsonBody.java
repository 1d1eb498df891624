package org.chapterrelations.survey.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a report body, refusing one over the size limit with 413 before parsing it. */
final class JsonBody {

    private JsonBody() {
    }

    static Map<String, Object> answers(HttpServletRequest request, long maxBytes, JsonMapper json) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        }
        catch (JacksonException ex) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
        }
        if (!(parsed instanceof Map<?, ?> form) || !(form.get("answers") instanceof Map<?, ?> answers)) {
            throw ApiException.badField("answers", "must be an object of question keys to answers");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) answers;
        return typed;
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                "A report body may be at most " + maxBytes / 1024 + " KB.");
    }
}

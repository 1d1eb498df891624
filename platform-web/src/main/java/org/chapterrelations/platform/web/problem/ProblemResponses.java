package org.chapterrelations.platform.web.problem;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem documents where no controller is involved (security filters). */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(status));
        return problem;
    }

    public static URI type(HttpStatus status) {
        return URI.create("https://chapter-relations.example/problems/" + status.getReasonPhrase().toLowerCase()
                .replace(' ', '-'));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        response.setStatus(status.value());
        // UTF-8 set before the writer is taken: else the servlet default, ISO-8859-1, is sent with it
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json(status, detail, request.getRequestURI()));
    }

    /**
     * The problem document as JSON, with the members RFC 9457 defines (ProblemDetail serialised as a bean
     * would add {@code "properties": null}).
     */
    public static String json(HttpStatus status, String detail, String instance) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type(status).toString());
        members.put("title", status.getReasonPhrase());
        members.put("status", status.value());
        if (detail != null) {
            members.put("detail", detail);
        }
        if (instance != null) {
            members.put("instance", instance);
        }
        return JSON.writeValueAsString(members);
    }
}

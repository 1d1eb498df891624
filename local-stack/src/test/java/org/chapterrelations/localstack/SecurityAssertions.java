package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.localstack.GatewayCalls.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** What a refused or a harmless answer looks like to {@link ApiSecurityIT}. */
final class SecurityAssertions {

    private SecurityAssertions() {
    }

    /** 200, or a 400 problem+json. */
    static void assertHarmless(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertProblem(response, 400);
        }
    }

    /** Runs one check and keeps its failure, so one run names every parameter that breaks. */
    static void collect(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    static void assertBadRequest(HttpResponse<String> response) {
        assertProblem(response, 400);
    }

    static void assertNotFoundOrRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isIn(400, 403, 404);
        assertProblem(response, response.statusCode());
    }

    /** 400, or an answer with no more rows than the honest query's: never a 5xx. */
    static void assertAtMost(HttpResponse<String> response, long honest) {
        String what = response.request().uri() + ": " + response.body();
        assertThat(response.statusCode()).as(what).isIn(200, 400, 404);
        if (response.statusCode() == 200) {
            assertThat(rows(response)).as(what).isLessThanOrEqualTo(honest);
        } else {
            assertProblem(response, response.statusCode());
        }
    }

    static long rows(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
        JsonNode body = json(response);
        if (body.isArray()) {
            return body.size();
        }
        return body.has("page") ? body.path("page").path("totalElements").asLong() : body.path("content").size();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.request().uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.chapterrelations.benchmarks.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * One typical write per service, through the gateway, as a staff member makes it: register a chapter,
 * upsert a bill, save a chapter's survey draft, subscribe to a bill's alerts.
 */
final class ServiceWrites {

    private final String gateway;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int year = LocalDate.now().getYear();

    ServiceWrites(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    HttpRequest registerChapter(String code) {
        return send("POST", "/api/directory/chapters", """
                {"code":"%s","name":"Benchmark Chapter %s","kind":"state","state":"NE"}""".formatted(code, code));
    }

    HttpRequest upsertBill(long n) {
        return send("POST", "/api/legislation/bills", """
                {"jurisdiction":"ne","session":{"identifier":"2025-2026","name":"2025-2026 Regular Session"},
                 "identifier":"LB %d","title":"Public libraries: benchmark bill %d.","classification":["bill"],
                 "subjects":["Libraries"],
                 "sponsorships":[{"name":"Rivera","primary":true,"classification":"author","chamber":"legislature"}],
                 "actions":[{"date":"2025-02-20","description":"Introduced","chamber":"legislature","classifications":["introduction"]},
                   {"date":"2025-03-10","description":"Referred to committee","chamber":"legislature",
                    "classifications":["referral-committee"]}]}""".formatted(n + 1, n + 1));
    }

    HttpRequest saveSurveyDraft(String chapterCode, long n) {
        return send("PUT", "/api/surveys/" + year + "/reports/" + chapterCode, """
                {"answers":{"members":%d}}""".formatted(n % 500));
    }

    HttpRequest subscribeToBill(long n) {
        return send("POST", "/api/notifications/me/subscriptions", """
                {"kind":"bill","value":"ne-20252026-lb%d"}""".formatted(n + 1));
    }

    /** This year's survey: a one-question questionnaire, published, and a window open from today. */
    void openSurvey() throws Exception {
        expect(send("PUT", "/api/surveys/" + year + "/questionnaire", """
                {"sections":[{"key":"profile","title":"Chapter profile","questions":[
                  {"key":"members","type":"integer","label":"Members on 31 December","required":true,"min":0}]}]}"""),
                List.of(200, 201));
        expect(send("POST", "/api/surveys/" + year + "/questionnaire/publish", ""), List.of(200));
        expect(send("PUT", "/api/surveys/" + year, """
                {"opensOn":"%s","closesOn":"%s"}""".formatted(LocalDate.now(), LocalDate.now().plusDays(60))),
                List.of(200, 201));
        expect(send("POST", "/api/surveys/" + year + "/open", ""), List.of(200, 409));
    }

    private void expect(HttpRequest request, List<Integer> statuses) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!statuses.contains(response.statusCode())) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest send(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}

package org.chapterrelations.survey.support;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.chapterrelations.survey.roster.Roster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The survey endpoints as clients call them, plus chapters registered through the directory's events. */
public final class SurveyApi {

    public static final String TOPIC = "survey.reports.v1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

    private final TestHttp http;
    private final TestIdentityProvider identity = TestIdentityProvider.get();

    public SurveyApi(int port) {
        this.http = new TestHttp(port);
    }

    public String staff() {
        return identity.staffToken();
    }

    public String officer(String chapterId) {
        return identity.chapterOfficerToken(chapterId);
    }

    private static final AtomicInteger YEARS = new AtomicInteger(2100);

    /** A survey year no other test uses; the year before it is free too (for copies and prefilling). */
    public static int uniqueYear() {
        return YEARS.addAndGet(2);
    }

    /** A chapter id no other test uses: the store, roster and topic are shared by the test JVM. */
    public static String uniqueChapter() {
        return "T" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** Registers chapters as the directory would and waits until the roster has them. */
    public void registerChapters(Roster roster, String... chapterIds) {
        for (String id : chapterIds) {
            TestKafka.sendCloudEvent("directory.chapters.v1", id, "directory.ChapterRegistered.v1", """
                    {"chapterId":"%s","code":"%s","name":"%s Library Association","kind":"state","state":"CA",
                     "status":"active"}""".formatted(id, id, id));
        }
        for (String id : chapterIds) {
            await().atMost(Duration.ofSeconds(30)).until(() -> roster.owes(id));
        }
    }

    public HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return http.post(path, token, json);
    }

    public HttpResponse<String> put(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    /** A published questionnaire and a survey opened today (per the clock) closing on {@code closesOn}. */
    public void openSurvey(int year, String questionnaire, LocalDate opensOn, LocalDate closesOn) {
        expect(put("/api/surveys/" + year + "/questionnaire", staff(), null, questionnaire), 201);
        expect(post("/api/surveys/" + year + "/questionnaire/publish", staff(), ""), 200);
        expect(put("/api/surveys/" + year, staff(), null,
                "{\"opensOn\":\"%s\",\"closesOn\":\"%s\"}".formatted(opensOn, closesOn)), 201);
        expect(post("/api/surveys/" + year + "/open", staff(), ""), 200);
    }

    public String reportPath(int year, String chapterId) {
        return "/api/surveys/" + year + "/reports/" + chapterId;
    }

    /** Saves a draft, fetching the ETag first as a client would. */
    public HttpResponse<String> saveDraft(int year, String chapterId, String token, String answersJson) {
        HttpResponse<String> current = get(reportPath(year, chapterId), token);
        String etag = current.headers().firstValue("ETag").orElse(null);
        return put(reportPath(year, chapterId), token, etag, answersJson);
    }

    public HttpResponse<String> submit(int year, String chapterId, String token) {
        return post(reportPath(year, chapterId) + "/submit", token, "");
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }
}

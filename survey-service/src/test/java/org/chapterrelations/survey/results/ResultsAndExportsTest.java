package org.chapterrelations.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsAndExportsTest {

    private static final String TRICKY =
            "=HYPERLINK(\"http://evil.example\",\"click\"), then \"quotes\"\nand a new line";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    private SurveyApi api;
    private int year;
    private String first;
    private String second;
    private String third;
    private String silent;

    @BeforeAll
    void threeChaptersAnswerTwoYears() {
        api = new SurveyApi(port);
        year = SurveyApi.uniqueYear();
        first = SurveyApi.uniqueChapter();
        second = SurveyApi.uniqueChapter();
        third = SurveyApi.uniqueChapter();
        silent = SurveyApi.uniqueChapter();
        api.registerChapters(roster, first, second, third, silent);
        clock.setToday(LocalDate.of(year - 1, 3, 1));
        api.openSurvey(year - 1, Fixtures.QUESTIONNAIRE, LocalDate.of(year - 1, 3, 1), LocalDate.of(year - 1, 4, 30));
        submit(year - 1, first, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120", "\"members\":100"));
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));
        submit(year, first, Fixtures.COMPLETE_ANSWERS);
        submit(year, second, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120", "\"members\":30")
                .replace("\"topics\":[\"funding\",\"access\"]", "\"topics\":[\"privacy\"]")
                .replace("\"satisfaction\":4", "\"satisfaction\":2")
                .replace("\"highlights\":\"Our conference.\"", "\"highlights\":" + quoted(TRICKY)));
        submit(year, third, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120", "\"members\":45")
                .replace("\"has_advocacy\":true", "\"has_advocacy\":false")
                .replace("\"highlights\":\"Our conference.\"", "\"highlights\":\"<script>alert(1)</script>\""));
    }

    @Test
    void resultsCountChoicesSummariseNumbersAndListEveryText() {
        JsonNode results = json(expect(api.get("/api/surveys/" + year + "/results", api.staff()), 200));
        Map<String, JsonNode> byKey = new HashMap<>();
        results.path("questions").forEach(question -> byKey.put(question.path("key").asString(), question));

        assertThat(results.path("submittedReports").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode members = byKey.get("members").path("statistics");
        assertThat(members.path("count").asInt()).isEqualTo(3);
        assertThat(members.path("sum").asDouble()).isEqualTo(195);
        assertThat(members.path("mean").asDouble()).isEqualTo(65);
        assertThat(members.path("median").asDouble()).isEqualTo(45);
        assertThat(members.path("min").asDouble()).isEqualTo(30);
        assertThat(members.path("max").asDouble()).isEqualTo(120);
        assertThat(byKey.get("topics").path("counts").toString())
                .isEqualTo("{\"funding\":2,\"privacy\":1,\"copyright\":0,\"access\":2}");
        assertThat(byKey.get("has_advocacy").path("counts").toString()).isEqualTo("{\"yes\":2,\"no\":1}");
        assertThat(byKey.get("satisfaction").path("counts").path("2").asInt()).isEqualTo(1);
        assertThat(byKey.get("highlights").path("answers")).hasSize(3);
        assertThat(byKey.get("highlights").path("answers").toString()).contains(first, "Our conference.");
        assertThat(byKey.get("events").path("columns").path("attendance").path("sum").asDouble()).isEqualTo(2400);
    }

    @Test
    void aNumericAnswerIsComparedAcrossYears() {
        JsonNode comparison = json(expect(api.get("/api/surveys/results/compare?questionKey=members&years="
                + (year - 1) + "," + year, api.staff()), 200));

        assertThat(comparison.path("years").path(0).path("statistics").path("sum").asDouble()).isEqualTo(100);
        assertThat(comparison.path("years").path(1).path("statistics").path("sum").asDouble()).isEqualTo(195);
        assertThat(api.get("/api/surveys/results/compare?questionKey=focus&years=" + year, api.staff()).body())
                .contains("not a numeric question");
        assertThat(api.get("/api/surveys/results/compare?years=" + year, api.staff()).statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvHasOneRowPerChapterAndOneStableColumnPerQuestionAndDefusesFormulas() throws Exception {
        HttpResponse<String> response = expect(api.get("/api/surveys/" + year + "/answers.csv", api.staff()), 200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            assertThat(parser.getHeaderNames()).startsWith("chapter_id", "chapter_name", "status", "version",
                    "submitted_at", "members", "website", "contact_email", "budget", "growth_rate", "founded_on",
                    "has_advocacy", "advocacy_summary", "focus", "broadband_detail", "topics", "satisfaction",
                    "events", "highlights");
            Map<String, CSVRecord> rows = new HashMap<>();
            for (CSVRecord record : parser.getRecords()) {
                rows.put(record.get("chapter_id"), record);
            }
            assertThat(rows).containsKeys(first, second, third, silent);
            assertThat(rows.get(first).get("members")).isEqualTo("120");
            assertThat(rows.get(first).get("budget")).isEqualTo("15000.5");
            assertThat(rows.get(first).get("topics")).isEqualTo("funding; access");
            assertThat(rows.get(first).get("has_advocacy")).isEqualTo("yes");
            assertThat(rows.get(first).get("events")).contains("\"attendance\":800");
            assertThat(rows.get(second).get("highlights")).isEqualTo("'" + TRICKY);
            assertThat(rows.get(third).get("advocacy_summary")).isEmpty();
            assertThat(rows.get(silent).get("status")).isEqualTo("not-started");
            assertThat(rows.get(silent).get("members")).isEmpty();
        }
        assertThat(api.get("/api/surveys/" + year + "/answers.csv", api.officer(first)).statusCode()).isEqualTo(403);
    }

    @Test
    void aReportPrintsAsEscapedHtmlForItsChapterAndStaff() {
        HttpResponse<String> page = expect(api.get(api.reportPath(year, third) + "/print", api.officer(third)), 200);

        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Members on 31 December",
                "Annual conference", "Version 1").doesNotContain("<script>");
        assertThat(api.get(api.reportPath(year, third) + "/print", api.officer(first)).statusCode()).isEqualTo(403);
        assertThat(api.get(api.reportPath(year, third) + "/print", api.staff()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyStaffSeeResults() {
        assertThat(api.get("/api/surveys/" + year + "/results", api.officer(first)).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/surveys/results/compare?questionKey=members&years=" + year, api.officer(first))
                .statusCode()).isEqualTo(403);
    }

    private void submit(int surveyYear, String chapter, String answers) {
        expect(api.saveDraft(surveyYear, chapter, api.officer(chapter), answers), 200);
        expect(api.submit(surveyYear, chapter, api.officer(chapter)), 200);
    }

    private static String quoted(String text) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
    }
}

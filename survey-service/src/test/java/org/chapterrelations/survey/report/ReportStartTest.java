package org.chapterrelations.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.time.LocalDate;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
/** How a report starts: from last year's answers, and under the questionnaire revision then published. */
class ReportStartTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    @Test
    void aReportStartsFromLastYearsAnswersWhereTheQuestionIsUnchanged() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String chapter = SurveyApi.uniqueChapter();
        api.registerChapters(roster, chapter);
        clock.setToday(LocalDate.of(year - 1, 3, 1));
        api.openSurvey(year - 1, Fixtures.QUESTIONNAIRE, LocalDate.of(year - 1, 3, 1), LocalDate.of(year - 1, 4, 30));
        expect(api.saveDraft(year - 1, chapter, api.officer(chapter), Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year - 1, chapter, api.officer(chapter)), 200);

        // This year: focus gains a choice (changed), members becomes a number (changed type), the rest is unchanged.
        String changed = Fixtures.QUESTIONNAIRE
                .replace("\"funding\",\"literacy\",\"broadband\"",
                        "\"funding\",\"literacy\",\"broadband\",\"outreach\"")
                .replace("{\"key\":\"members\",\"type\":\"integer\"", "{\"key\":\"members\",\"type\":\"number\"");
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, changed, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));

        JsonNode report = json(expect(api.post(api.reportPath(year, chapter) + "/prefill", api.officer(chapter), ""),
                200));

        assertThat(report.path("prefilledFromYear").asInt()).isEqualTo(year - 1);
        assertThat(report.path("state").asString()).isEqualTo("draft");
        JsonNode answers = report.path("answers");
        assertThat(answers.path("contact_email").asString()).isEqualTo("office@cla.example.org");
        assertThat(answers.path("topics").toString()).isEqualTo("[\"funding\",\"access\"]");
        assertThat(answers.path("events").path(0).path("attendance").asInt()).isEqualTo(800);
        assertThat(answers.has("focus")).isFalse();
        assertThat(answers.has("members")).isFalse();
        assertThat(api.post(api.reportPath(year, chapter) + "/prefill", api.officer(chapter), "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void aReportKeepsTheRevisionItWasStartedUnder() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String chapter = SurveyApi.uniqueChapter();
        String officer = api.officer(chapter);
        api.registerChapters(roster, chapter);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));
        expect(api.saveDraft(year, chapter, officer, "{\"answers\":{\"members\":10}}"), 200);
        String path = "/api/surveys/" + year + "/questionnaire";
        expect(api.post(path + "/revisions", api.staff(), ""), 201);
        String etag = api.get(path, api.staff()).headers().firstValue("ETag").orElseThrow();
        expect(api.put(path, api.staff(), etag, Fixtures.QUESTIONNAIRE.replace("\"funding\",\"literacy\",\"broadband\"",
                "\"funding\",\"literacy\",\"broadband\",\"outreach\"")), 200);
        expect(api.post(path + "/publish", api.staff(), ""), 200);

        JsonNode report = json(expect(api.get(api.reportPath(year, chapter), officer), 200));
        assertThat(report.path("questionnaireRevision").asInt()).isEqualTo(1);
        assertThat(api.saveDraft(year, chapter, officer, "{\"answers\":{\"focus\":\"outreach\"}}").statusCode())
                .isEqualTo(400);
        String newcomer = SurveyApi.uniqueChapter();
        api.registerChapters(roster, newcomer);
        assertThat(json(api.get(api.reportPath(year, newcomer), api.officer(newcomer))).path("questionnaireRevision")
                .asInt()).isEqualTo(2);
    }
}

package org.chapterrelations.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Every question type's valid and invalid answers, and conditional questions, through the report API. */
@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerValidationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    private SurveyApi api;
    private int year;
    private String drafts;
    private String hidden;
    private String shown;
    private String broadband;

    @BeforeAll
    void openSurvey() {
        api = new SurveyApi(port);
        year = SurveyApi.uniqueYear();
        drafts = SurveyApi.uniqueChapter();
        hidden = SurveyApi.uniqueChapter();
        shown = SurveyApi.uniqueChapter();
        broadband = SurveyApi.uniqueChapter();
        api.registerChapters(roster, drafts, hidden, shown, broadband);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chapterrelations.survey.answer.AnswerCases#validAnswers")
    void aValidAnswerIsStoredInItsNormalForm(String type, String key, String value, String stored) {
        HttpResponse<String> response = expect(api.saveDraft(year, drafts, api.officer(drafts),
                answers(key, value)), 200);

        assertThat(json(response).path("answers").path(key).toString()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chapterrelations.survey.answer.AnswerCases#invalidAnswers")
    void anInvalidAnswerIsRefusedNamingTheQuestion(String type, String key, String value, String field) {
        HttpResponse<String> response = api.saveDraft(year, drafts, api.officer(drafts), answers(key, value));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo(field);
        assertThat(json(response).path("errors")).hasSize(1);
    }

    @Test
    void aHiddenQuestionIsNeitherStoredNorRequired() {
        String answers = Fixtures.COMPLETE_ANSWERS.replace("\"has_advocacy\":true", "\"has_advocacy\":false");
        HttpResponse<String> saved = expect(api.saveDraft(year, hidden, api.officer(hidden), answers), 200);
        assertThat(json(saved).path("answers").has("advocacy_summary")).isFalse();

        String withoutSummary = answers.replace("\"advocacy_summary\":\"Testified twice on library funding.\",", "");
        expect(api.saveDraft(year, hidden, api.officer(hidden), withoutSummary), 200);

        expect(api.submit(year, hidden, api.officer(hidden)), 200);
    }

    @Test
    void aShownConditionalQuestionIsRequiredOnSubmission() {
        String answers = Fixtures.COMPLETE_ANSWERS
                .replace("\"advocacy_summary\":\"Testified twice on library funding.\",", "");
        expect(api.saveDraft(year, shown, api.officer(shown), answers), 200);

        HttpResponse<String> refused = api.submit(year, shown, api.officer(shown));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"answers.advocacy_summary\"", "is required");
    }

    @Test
    void aConditionOnAChoiceShowsItsQuestionForThatChoiceOnly() {
        String answers = Fixtures.COMPLETE_ANSWERS.replace("\"focus\":\"funding\"", "\"focus\":\"broadband\"");
        expect(api.saveDraft(year, broadband, api.officer(broadband), answers), 200);

        HttpResponse<String> refused = api.submit(year, broadband, api.officer(broadband));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"answers.broadband_detail\"");

        expect(api.saveDraft(year, broadband, api.officer(broadband),
                answers.replace("\"focus\":", "\"broadband_detail\":\"E-rate consortium\",\"focus\":")), 200);
        expect(api.submit(year, broadband, api.officer(broadband)), 200);
    }

    @Test
    void submittingAnEmptyReportNamesEveryRequiredQuestion() {
        String chapter = drafts;
        expect(api.saveDraft(year, chapter, api.officer(chapter), "{\"answers\":{}}"), 200);

        HttpResponse<String> refused = api.submit(year, chapter, api.officer(chapter));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("answers.members", "answers.contact_email", "answers.has_advocacy",
                "answers.focus", "answers.satisfaction").doesNotContain("answers.advocacy_summary",
                        "answers.broadband_detail", "answers.website");
    }

    private static String answers(String key, String value) {
        // advocacy_summary is shown only after a yes to has_advocacy.
        String condition = key.equals("advocacy_summary") ? "\"has_advocacy\":true," : "";
        return "{\"answers\":{" + condition + "\"" + key + "\":" + value + "}}";
    }
}

package org.chapterrelations.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.net.http.HttpResponse;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
class QuestionnaireTest {

    @LocalServerPort
    int port;

    private SurveyApi api;
    private int year;
    private String path;

    @BeforeEach
    void setUp() {
        api = new SurveyApi(port);
        year = SurveyApi.uniqueYear();
        path = "/api/surveys/" + year + "/questionnaire";
    }

    @Test
    void aPublishedQuestionnaireIsFrozenAndAChangeMakesANewRevision() {
        HttpResponse<String> created = expect(api.put(path, api.staff(), null, Fixtures.QUESTIONNAIRE), 201);
        assertThat(json(created).path("status").asString()).isEqualTo("draft");
        String etag = created.headers().firstValue("ETag").orElseThrow();
        expect(api.put(path, api.staff(), etag, Fixtures.QUESTIONNAIRE.replace("Chapter profile", "Profile")), 200);
        expect(api.post(path + "/publish", api.staff(), ""), 200);

        HttpResponse<String> frozen = api.put(path, api.staff(), null, Fixtures.QUESTIONNAIRE);
        assertThat(frozen.statusCode()).isEqualTo(409);
        assertThat(frozen.body()).contains("/questionnaire/revisions");

        HttpResponse<String> revision = expect(api.post(path + "/revisions", api.staff(), ""), 201);
        assertThat(json(revision).path("revision").asInt()).isEqualTo(2);
        assertThat(json(revision).path("status").asString()).isEqualTo("draft");
        assertThat(json(api.get(path, api.staff())).path("revision").asInt()).isEqualTo(2);
        JsonCheck officerView = new JsonCheck(expect(api.get(path, api.officer("CA")), 200));
        assertThat(officerView.at("revision")).isEqualTo("1");
        assertThat(officerView.at("sections[0].title")).isEqualTo("Profile");
        assertThat(api.get(path + "?revision=2", api.officer("CA")).statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftIsReplacedOnlyWithItsCurrentETag() {
        expect(api.put(path, api.staff(), null, Fixtures.QUESTIONNAIRE), 201);

        assertThat(api.put(path, api.staff(), null, Fixtures.QUESTIONNAIRE).statusCode()).isEqualTo(428);
        assertThat(api.put(path, api.staff(), "\"99\"", Fixtures.QUESTIONNAIRE).statusCode()).isEqualTo(412);
    }

    @Test
    void officersReadOnlyThePublishedQuestionnaireAndWriteNothing() {
        assertThat(api.put(path, api.officer("CA"), null, Fixtures.QUESTIONNAIRE).statusCode()).isEqualTo(403);
        expect(api.put(path, api.staff(), null, Fixtures.QUESTIONNAIRE), 201);

        assertThat(api.get(path, api.officer("CA")).statusCode()).isEqualTo(404);
        assertThat(api.post(path + "/publish", api.officer("CA"), "").statusCode()).isEqualTo(403);
        assertThat(api.get(path, null).statusCode()).isEqualTo(401);
    }

    @Test
    void lastYearsQuestionnaireIsCopiedAsThisYearsDraft() {
        String lastYear = "/api/surveys/" + (year - 1) + "/questionnaire";
        expect(api.put(lastYear, api.staff(), null, Fixtures.QUESTIONNAIRE), 201);
        expect(api.post(lastYear + "/publish", api.staff(), ""), 200);

        HttpResponse<String> copy = expect(api.post(path + "/copy", api.staff(), ""), 201);

        assertThat(json(copy).path("copiedFromYear").asInt()).isEqualTo(year - 1);
        assertThat(json(copy).path("status").asString()).isEqualTo("draft");
        assertThat(copy.body()).contains("\"key\":\"advocacy_summary\"", "\"questionKey\":\"has_advocacy\"");
        assertThat(api.post(path + "/copy", api.staff(), "").statusCode()).isEqualTo(409);
    }

    @Test
    void aBrokenDefinitionIsRefusedNamingEachFault() {
        HttpResponse<String> response = api.put(path, api.staff(), null, """
                {"sections":[{"key":"s","title":"S","questions":[
                  {"key":"later","type":"text","label":"Shown if","showIf":{"questionKey":"nowhere","equals":"x"}},
                  {"key":"pick","type":"single-choice","label":"Pick","choices":[]},
                  {"key":"pick","type":"integer","label":"Again","min":5,"max":1},
                  {"key":"Bad Key","type":"table","label":"Table","columns":[]}]}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("sections[0].questions[0].showIf.questionKey",
                "sections[0].questions[1].choices", "sections[0].questions[2].key", "sections[0].questions[2].max",
                "sections[0].questions[3].key", "sections[0].questions[3].columns");
    }

    @Test
    void aNullSectionIsRefusedByItsPlaceNotAnsweredAsAServerFailure() {
        // found by schemathesis: the rules read the key of a section that was null
        HttpResponse<String> response = api.put(path, api.staff(), null, """
                {"sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"text","label":"Q"}]},null]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"sections[1]\"");
    }

    @Test
    void anUnknownQuestionTypeIsABadRequest() {
        HttpResponse<String> response = api.put(path, api.staff(), null, """
                {"sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"hologram","label":"Q"}]}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** Reads a dotted path with [index] steps out of a JSON response. */
    private record JsonCheck(HttpResponse<String> response) {

        String at(String dotted) {
            var node = json(response);
            for (String step : dotted.split("\\.")) {
                int bracket = step.indexOf('[');
                if (bracket >= 0) {
                    node = node.path(step.substring(0, bracket))
                            .path(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
                }
                else {
                    node = node.path(step);
                }
            }
            return node.asString();
        }
    }
}

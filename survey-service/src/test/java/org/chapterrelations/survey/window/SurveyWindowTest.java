package org.chapterrelations.survey.window;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
class SurveyWindowTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    private SurveyApi api;
    private int year;

    @BeforeEach
    void setUp() {
        api = new SurveyApi(port);
        year = SurveyApi.uniqueYear();
        clock.setToday(LocalDate.of(year, 3, 1));
    }

    @Test
    void staffScheduleAWindowWithDefaultRemindersAndOfficersReadIt() {
        api.registerChapters(roster, "CA");
        HttpResponse<String> created = expect(api.put("/api/surveys/" + year, api.staff(), null, """
                {"opensOn":"%d-03-01","closesOn":"%d-04-30"}""".formatted(year, year)), 201);
        assertThat(json(created).path("reminderDaysBefore").toString()).isEqualTo("[30,14,7,1]");
        assertThat(json(created).path("state").asString()).isEqualTo("scheduled");

        expect(api.put("/api/surveys/" + year + "/extensions/ca", api.staff(), null,
                "{\"deadline\":\"%d-05-15\"}".formatted(year)), 200);

        JsonNode seen = json(expect(api.get("/api/surveys/" + year, api.officer("CA")), 200));
        assertThat(seen.path("extensions").path("CA").asString()).isEqualTo(year + "-05-15");
        assertThat(api.put("/api/surveys/" + year, api.officer("CA"), "*", "{}").statusCode()).isEqualTo(403);
        assertThat(api.put("/api/surveys/" + year + "/extensions/CA", api.officer("CA"), null,
                "{\"deadline\":\"%d-06-01\"}".formatted(year)).statusCode()).isEqualTo(403);
        assertThat(api.put("/api/surveys/" + year + "/extensions/NO-SUCH-CHAPTER", api.staff(), null,
                "{\"deadline\":\"%d-06-01\"}".formatted(year)).statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/surveys/" + year, api.staff())).path("extensions").size()).isEqualTo(1);
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefused() {
        HttpResponse<String> response = api.put("/api/surveys/" + year, api.staff(), null, """
                {"opensOn":"%d-05-01","closesOn":"%d-04-30","reminderDaysBefore":[-3]}""".formatted(year, year));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"closesOn\"", "\"field\":\"reminderDaysBefore\"");
    }

    @Test
    void openingNeedsAPublishedQuestionnaireAndAnnouncesWhoOwesAReport() {
        String chapter = SurveyApi.uniqueChapter();
        api.registerChapters(roster, chapter);
        expect(api.put("/api/surveys/" + year, api.staff(), null, """
                {"opensOn":"%d-03-01","closesOn":"%d-04-30",
                 "reminderDaysBefore":[14,7]}""".formatted(year, year)), 201);
        assertThat(api.post("/api/surveys/" + year + "/open", api.staff(), "").statusCode()).isEqualTo(409);
        expect(api.put("/api/surveys/" + year + "/questionnaire", api.staff(), null, Fixtures.QUESTIONNAIRE), 201);
        expect(api.post("/api/surveys/" + year + "/questionnaire/publish", api.staff(), ""), 200);

        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            HttpResponse<String> opened = expect(api.post("/api/surveys/" + year + "/open", api.staff(), ""), 200);
            assertThat(json(opened).path("state").asString()).isEqualTo("open");

            String event = new String(TestKafka.awaitRecord(consumer, String.valueOf(year), "survey.SurveyOpened.v1",
                    Duration.ofSeconds(20)).value(), UTF_8);
            EventSchemas.assertValid("survey.SurveyOpened.v1", event);
            JsonNode data = SurveyApi.json(event);
            assertThat(data.path("surveyYear").asInt()).isEqualTo(year);
            assertThat(data.path("questionnaireRevision").asInt()).isEqualTo(1);
            assertThat(data.path("reminderDaysBefore").toString()).isEqualTo("[14,7]");
            assertThat(data.path("chapterIds").toString()).contains("\"" + chapter + "\"");
        }
        assertThat(api.post("/api/surveys/" + year + "/open", api.staff(), "").statusCode()).isEqualTo(409);
    }

    @Test
    void staffCloseTheSurveyOnceItsClosingDateHasPassedAndOnlyOnce() {
        expect(api.put("/api/surveys/" + year, api.staff(), null, """
                {"opensOn":"%d-03-01","closesOn":"%d-04-30"}""".formatted(year, year)), 201);
        assertThat(api.post("/api/surveys/" + year + "/close", api.staff(), "").statusCode()).as("not open")
                .isEqualTo(409);
        expect(api.put("/api/surveys/" + year + "/questionnaire", api.staff(), null, Fixtures.QUESTIONNAIRE), 201);
        expect(api.post("/api/surveys/" + year + "/questionnaire/publish", api.staff(), ""), 200);
        expect(api.post("/api/surveys/" + year + "/open", api.staff(), ""), 200);
        clock.setToday(LocalDate.of(year, 4, 30));
        assertThat(api.post("/api/surveys/" + year + "/close", api.staff(), "").statusCode()).as("closing day")
                .isEqualTo(409);
        clock.setToday(LocalDate.of(year, 5, 1));
        assertThat(api.post("/api/surveys/" + year + "/close", api.officer("CA"), "").statusCode()).isEqualTo(403);

        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            JsonNode closed = json(expect(api.post("/api/surveys/" + year + "/close", api.staff(), ""), 200));

            assertThat(closed.path("state").asString()).isEqualTo("closed");
            assertThat(closed.path("closedOn").asString()).isEqualTo(year + "-05-01");
            String event = new String(TestKafka.awaitRecord(consumer, String.valueOf(year), "survey.SurveyClosed.v1",
                    Duration.ofSeconds(20)).value(), UTF_8);
            EventSchemas.assertValid("survey.SurveyClosed.v1", event);
        }
        HttpResponse<String> again = api.post("/api/surveys/" + year + "/close", api.staff(), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("closed on " + year + "-05-01");
    }
}

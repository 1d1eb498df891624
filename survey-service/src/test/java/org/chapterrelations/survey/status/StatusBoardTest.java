package org.chapterrelations.survey.status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.chapterrelations.survey.window.SurveyCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
class StatusBoardTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    @Autowired
    SurveyCalendar calendar;

    @Autowired
    SurveyMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Test
    void theBoardShowsEveryOwingChapterAndTheSurveyOpensAndClosesOnItsDates() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String submitted = SurveyApi.uniqueChapter();
        String draft = SurveyApi.uniqueChapter();
        String silent = SurveyApi.uniqueChapter();
        String retired = SurveyApi.uniqueChapter();
        api.registerChapters(roster, submitted, draft, silent, retired);
        LocalDate opensOn = LocalDate.of(year, 3, 1);
        LocalDate closesOn = LocalDate.of(year, 4, 30);
        expect(api.put("/api/surveys/" + year + "/questionnaire", api.staff(), null, Fixtures.QUESTIONNAIRE), 201);
        expect(api.post("/api/surveys/" + year + "/questionnaire/publish", api.staff(), ""), 200);
        expect(api.put("/api/surveys/" + year, api.staff(), null,
                "{\"opensOn\":\"%s\",\"closesOn\":\"%s\"}".formatted(opensOn, closesOn)), 201);

        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            clock.setToday(opensOn.minusDays(1));
            calendar.runOn(clock.today());
            assertThat(json(api.get("/api/surveys/" + year, api.staff())).path("state").asString())
                    .isEqualTo("scheduled");
            clock.setToday(opensOn);
            calendar.runOn(clock.today());
            calendar.runOn(clock.today());
            assertThat(json(api.get("/api/surveys/" + year, api.staff())).path("state").asString()).isEqualTo("open");
            TestKafka.awaitRecord(consumer, String.valueOf(year), "survey.SurveyOpened.v1", Duration.ofSeconds(20));

            expect(api.saveDraft(year, submitted, api.officer(submitted), Fixtures.COMPLETE_ANSWERS), 200);
            expect(api.submit(year, submitted, api.officer(submitted)), 200);
            expect(api.saveDraft(year, draft, api.officer(draft), "{\"answers\":{\"members\":3}}"), 200);
            TestKafka.sendCloudEvent("directory.chapters.v1", retired, "directory.ChapterRetired.v1", """
                    {"chapterId":"%s","code":"%s","name":"Gone","kind":"state","state":"CA","status":"retired"}"""
                    .formatted(retired, retired));
            String latecomer = SurveyApi.uniqueChapter();
            api.registerChapters(roster, latecomer);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !roster.owes(retired));

            JsonNode board = json(expect(api.get("/api/surveys/" + year + "/status", api.staff()), 200));
            Map<String, String> statuses = statuses(board);
            assertThat(statuses).containsEntry(submitted, "submitted").containsEntry(draft, "draft")
                    .containsEntry(silent, "not-started").containsEntry(latecomer, "not-started")
                    .doesNotContainKey(retired);
            assertThat(board.path("owed").asInt()).isEqualTo(board.path("chapters").size());
            assertThat(board.path("completionRate").asDouble())
                    .isEqualTo(board.path("submitted").asDouble() / board.path("owed").asInt(),
                            org.assertj.core.data.Offset.offset(0.0001));
            assertThat(api.get("/api/surveys/" + year + "/status", api.officer(draft)).statusCode()).isEqualTo(403);
            metrics.refresh();
            assertThat(reportsGauge(year, "owed")).isEqualTo(board.path("owed").asDouble());
            assertThat(reportsGauge(year, "submitted")).isEqualTo(board.path("submitted").asDouble());
            assertThat(reportsGauge(year, "draft")).isEqualTo(1);

            clock.setToday(closesOn.plusDays(1));
            assertThat(statuses(json(api.get("/api/surveys/" + year + "/status", api.staff()))))
                    .containsEntry(submitted, "submitted").containsEntry(draft, "late").containsEntry(silent, "late");
            calendar.runOn(clock.today());
            String closed = new String(TestKafka.awaitRecord(consumer, String.valueOf(year), "survey.SurveyClosed.v1",
                    Duration.ofSeconds(20)).value(), UTF_8);
            EventSchemas.assertValid("survey.SurveyClosed.v1", closed);
            assertThat(json(closed).path("closedOn").asString()).isEqualTo(closesOn.plusDays(1).toString());
            assertThat(json(closed).path("submitted").asInt()).isPositive();
        }
    }

    private double reportsGauge(int year, String status) {
        return registry.get("survey.reports").tag("year", String.valueOf(year)).tag("status", status).gauge().value();
    }

    private static Map<String, String> statuses(JsonNode board) {
        Map<String, String> statuses = new HashMap<>();
        board.path("chapters").forEach(chapter -> statuses.put(chapter.path("chapterId").asString(),
                chapter.path("status").asString()));
        return statuses;
    }
}

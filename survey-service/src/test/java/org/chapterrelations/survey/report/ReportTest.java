package org.chapterrelations.survey.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class ReportTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    private SurveyApi api;
    private int year;
    private String chapter;
    private String officer;
    private LocalDate closesOn;

    @BeforeEach
    void openSurvey() {
        api = new SurveyApi(port);
        year = SurveyApi.uniqueYear();
        chapter = SurveyApi.uniqueChapter();
        officer = api.officer(chapter);
        api.registerChapters(roster, chapter);
        closesOn = LocalDate.of(year, 4, 30);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), closesOn);
    }

    @Test
    void anOfficerSavesADraftThenSubmitsAndTheSubmissionIsPublished() {
        HttpResponse<String> notStarted = expect(api.get(api.reportPath(year, chapter), officer), 200);
        assertThat(json(notStarted).path("state").asString()).isEqualTo("not-started");
        assertThat(json(notStarted).path("questionnaire").path("sections")).hasSize(2);

        HttpResponse<String> draft = expect(api.saveDraft(year, chapter, officer,
                "{\"answers\":{\"members\":80}}"), 200);
        assertThat(json(draft).path("state").asString()).isEqualTo("draft");

        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
            HttpResponse<String> submitted = expect(api.submit(year, chapter, officer), 200);

            JsonNode report = json(submitted);
            assertThat(report.path("state").asString()).isEqualTo("submitted");
            assertThat(report.path("versions").path(0).path("submittedBy").asString())
                    .isEqualTo("officer-" + chapter.toLowerCase());
            ConsumerRecord<String, byte[]> record = TestKafka.awaitRecord(consumer, year + "-" + chapter,
                    "survey.ReportSubmitted.v1", Duration.ofSeconds(20));
            String event = new String(record.value(), UTF_8);
            EventSchemas.assertValid("survey.ReportSubmitted.v1", event);
            assertThat(json(event).path("version").asInt()).isEqualTo(1);
            assertThat(json(event).path("late").asBoolean()).isFalse();
        }
        assertThat(api.submit(year, chapter, officer).statusCode()).isEqualTo(409);
    }

    @Test
    void anAmendmentBeforeTheDeadlineIsANewVersionAndEveryVersionIsKept() {
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year, chapter, officer), 200);
        clock.setToday(closesOn);

        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            HttpResponse<String> changed = expect(api.saveDraft(year, chapter, officer,
                    Fixtures.COMPLETE_ANSWERS.replace("\"members\":120", "\"members\":125")), 200);
            assertThat(json(changed).path("unsubmittedChanges").asBoolean()).isTrue();
            HttpResponse<String> amended = expect(api.submit(year, chapter, api.staff()), 200);

            assertThat(json(amended).path("versions")).hasSize(2);
            assertThat(json(amended).path("versions").path(1).path("submittedBy").asString()).isEqualTo("staff-alice");
            String event = new String(TestKafka.awaitRecord(consumer, year + "-" + chapter,
                    "survey.ReportAmended.v1", Duration.ofSeconds(20)).value(), UTF_8);
            EventSchemas.assertValid("survey.ReportAmended.v1", event);
            assertThat(json(event).path("version").asInt()).isEqualTo(2);
        }
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120",
                "\"members\":130")), 200);
        expect(api.submit(year, chapter, officer), 200);

        JsonNode versions = json(expect(api.get(api.reportPath(year, chapter) + "/versions", officer), 200));
        assertThat(versions).extracting(version -> version.path("answers").path("members").asInt())
                .containsExactly(120, 125, 130);
        assertThat(versions).extracting(version -> version.path("submittedBy").asString())
                .containsExactly("officer-" + chapter.toLowerCase(), "staff-alice", "officer-" + chapter.toLowerCase());
        assertThat(json(expect(api.get(api.reportPath(year, chapter), officer), 200)).path("answers").path("members")
                .asInt()).isEqualTo(130);
    }

    @Test
    void changingADraftBackToTheSubmittedAnswersLeavesNothingToAmend() {
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year, chapter, officer), 200);
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS.replace("\"members\":120",
                "\"members\":125")), 200);

        JsonNode back = json(expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200));

        assertThat(back.path("unsubmittedChanges").asBoolean()).isFalse();
        assertThat(back.path("answers").path("members").asInt()).isEqualTo(120);
        assertThat(api.submit(year, chapter, officer).statusCode()).isEqualTo(409);
    }

    @Test
    void nobodyEditsAfterTheDeadlineUntilStaffReopenTheReport() {
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year, chapter, officer), 200);
        assertThat(api.post(api.reportPath(year, chapter) + "/reopen", api.staff(), "").statusCode()).isEqualTo(409);
        clock.setToday(closesOn.plusDays(1));

        assertThat(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS).statusCode()).isEqualTo(409);
        assertThat(api.saveDraft(year, chapter, api.staff(), Fixtures.COMPLETE_ANSWERS).statusCode()).isEqualTo(409);
        assertThat(api.post(api.reportPath(year, chapter) + "/reopen", officer, "").statusCode()).isEqualTo(403);

        HttpResponse<String> reopened = expect(api.post(api.reportPath(year, chapter) + "/reopen", api.staff(), ""),
                200);
        assertThat(json(reopened).path("editable").asBoolean()).isTrue();
        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS.replace("\"satisfaction\":4",
                "\"satisfaction\":5")), 200);
        JsonNode resubmitted = json(expect(api.submit(year, chapter, officer), 200));

        assertThat(resubmitted.path("versions")).hasSize(2);
        assertThat(resubmitted.path("versions").path(1).path("late").asBoolean()).isTrue();
        assertThat(resubmitted.path("reopenings").path(0).path("by").asString()).isEqualTo("staff-alice");
        assertThat(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS).statusCode()).isEqualTo(409);
    }

    @Test
    void anExtensionKeepsOneChaptersReportOpenAfterTheClosingDate() {
        expect(api.put("/api/surveys/" + year + "/extensions/" + chapter, api.staff(), null,
                "{\"deadline\":\"%s\"}".formatted(closesOn.plusDays(10))), 200);
        clock.setToday(closesOn.plusDays(10));

        expect(api.saveDraft(year, chapter, officer, Fixtures.COMPLETE_ANSWERS), 200);
        JsonNode submitted = json(expect(api.submit(year, chapter, officer), 200));

        assertThat(submitted.path("versions").path(0).path("late").asBoolean()).isFalse();
        assertThat(submitted.path("deadline").asString()).isEqualTo(closesOn.plusDays(10).toString());
    }

    @Test
    void anOfficerCannotSeeOrEditAnotherChaptersReport() {
        String other = api.officer("ZZ-OTHER");

        assertThat(api.get(api.reportPath(year, chapter), other).statusCode()).isEqualTo(403);
        assertThat(api.put(api.reportPath(year, chapter), other, null, Fixtures.COMPLETE_ANSWERS).statusCode())
                .isEqualTo(403);
        assertThat(api.submit(year, chapter, other).statusCode()).isEqualTo(403);
        assertThat(api.get(api.reportPath(year, chapter), null).statusCode()).isEqualTo(401);
        assertThat(api.get(api.reportPath(year, chapter), api.staff()).statusCode()).isEqualTo(200);
    }

    @Test
    void aChapterNotOnTheRosterCannotStartAReport() {
        String stranger = SurveyApi.uniqueChapter();

        HttpResponse<String> response = api.saveDraft(year, stranger, api.officer(stranger), Fixtures.COMPLETE_ANSWERS);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aSaveNeedsTheCurrentETagOnceTheReportExists() {
        HttpResponse<String> first = expect(api.put(api.reportPath(year, chapter), officer, null,
                "{\"answers\":{\"members\":1}}"), 200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        expect(api.put(api.reportPath(year, chapter), officer, etag, "{\"answers\":{\"members\":2}}"), 200);

        assertThat(api.put(api.reportPath(year, chapter), officer, etag, "{\"answers\":{\"members\":3}}").statusCode())
                .isEqualTo(412);
        assertThat(api.put(api.reportPath(year, chapter), officer, null, "{\"answers\":{\"members\":3}}").statusCode())
                .isEqualTo(428);
    }

    @Test
    void aReportOfUnreasonableSizeIsRefusedWith413() {
        String huge = "{\"answers\":{\"highlights\":\"" + "x".repeat(300 * 1024) + "\"}}";

        HttpResponse<String> response = api.put(api.reportPath(year, chapter), officer, null, huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}

package org.chapterrelations.survey.reminder;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.survey.support.SurveyApi.expect;
import static org.chapterrelations.survey.support.SurveyApi.json;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.chapterrelations.survey.report.Reminders;
import org.chapterrelations.survey.roster.Roster;
import org.chapterrelations.survey.status.StatusBoard;
import org.chapterrelations.survey.support.Fixtures;
import org.chapterrelations.survey.support.MutableClock;
import org.chapterrelations.survey.support.SurveyApi;
import org.chapterrelations.survey.support.SurveyTestConfig;
import org.chapterrelations.survey.window.Surveys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reminders go out once per chapter and offset: across runs, restarts and two instances at once. */
@PlatformIntegrationTest
@Import(SurveyTestConfig.class)
class ReminderTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Roster roster;

    @Autowired
    Surveys surveys;

    @Autowired
    StatusBoard board;

    @Autowired
    Reminders reminders;

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachDueReminderIsPublishedExactlyOnceEvenWithTwoInstancesAndARestart() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String silent = SurveyApi.uniqueChapter();
        String drafting = SurveyApi.uniqueChapter();
        String done = SurveyApi.uniqueChapter();
        api.registerChapters(roster, silent, drafting, done);
        LocalDate closesOn = LocalDate.of(year, 4, 30);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), closesOn);
        expect(api.saveDraft(year, drafting, api.officer(drafting), "{\"answers\":{\"members\":3}}"), 200);
        expect(api.saveDraft(year, done, api.officer(done), Fixtures.COMPLETE_ANSWERS), 200);
        expect(api.submit(year, done, api.officer(done)), 200);

        // 14 days before the deadline: the 30- and 14-day reminders are due. Two instances race for them.
        clock.setToday(closesOn.minusDays(14));
        ReminderJob one = newInstance(clock);
        ReminderJob two = newInstance(clock);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> one.runOn(clock.today())),
                CompletableFuture.runAsync(() -> two.runOn(clock.today()))).join();
        one.runOn(clock.today());
        // A restart: a fresh job with nothing in memory, on a later day when the 7-day reminder is due.
        clock.setToday(closesOn.minusDays(6));
        newInstance(clock).runOn(clock.today());
        newInstance(clock).runOn(clock.today());

        Set<String> reports = Set.of(year + "-" + silent, year + "-" + drafting, year + "-" + done);
        await().atMost(Duration.ofSeconds(30)).until(() -> noPendingEvents(reports));
        List<String> sent = remindersOnTheTopic(reports);

        assertThat(sent).containsExactlyInAnyOrder(
                silent + ":30:not-started", silent + ":14:not-started", silent + ":7:not-started",
                drafting + ":30:draft", drafting + ":14:draft", drafting + ":7:draft");
    }

    @Test
    void aClaimWhoseRunDiedBeforeRaisingIsFinishedByALaterRun() {
        SurveyApi api = new SurveyApi(port);
        int year = SurveyApi.uniqueYear();
        String chapter = SurveyApi.uniqueChapter();
        api.registerChapters(roster, chapter);
        LocalDate closesOn = LocalDate.of(year, 4, 30);
        clock.setToday(LocalDate.of(year, 3, 1));
        api.openSurvey(year, Fixtures.QUESTIONNAIRE, LocalDate.of(year, 3, 1), closesOn);
        // A run claimed the 30-day reminder, then the process died before raising it.
        clock.setToday(closesOn.minusDays(30));
        mongo.insert(new ReminderClaim(ReminderClaim.id(year, chapter, 30), year, chapter, 30, clock.instant(), false));

        clock.setToday(closesOn.minusDays(29));
        newInstance(clock).runOn(clock.today());

        String reportId = year + "-" + chapter;
        await().atMost(Duration.ofSeconds(30)).until(() -> noPendingEvents(Set.of(reportId)));
        assertThat(remindersOnTheTopic(Set.of(reportId))).containsExactly(chapter + ":30:not-started");
        assertThat(mongo.findById(ReminderClaim.id(year, chapter, 30), ReminderClaim.class).raised()).isTrue();
    }

    private ReminderJob newInstance(Clock clock) {
        return new ReminderJob(surveys, board, reminders, mongo, clock);
    }

    private boolean noPendingEvents(Set<String> reportIds) {
        return reportIds.stream().allMatch(id -> {
            Document report = mongo.getCollection("reports").find(new Document("_id", id)).first();
            return report == null || report.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
    }

    /**
     * Every distinct ReminderDue of these reports on the topic, read up to its end. Delivery is
     * at-least-once (the outbox may resend an event it had not yet marked sent), so a record is counted
     * once per ce_id: a second reminder for the same offset would carry another ce_id.
     */
    private static List<String> remindersOnTheTopic(Set<String> reportIds) {
        Map<String, String> byEventId = new java.util.HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(SurveyApi.TOPIC)) {
            consumer.poll(Duration.ofMillis(500));
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            consumer.seekToBeginning(consumer.assignment());
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (reportIds.contains(record.key())
                            && "survey.ReminderDue.v1".equals(TestKafka.header(record, "ce_type"))) {
                        String body = new String(record.value(), UTF_8);
                        EventSchemas.assertValid("survey.ReminderDue.v1", body);
                        var event = json(body);
                        byEventId.put(TestKafka.header(record, "ce_id"), event.path("chapterId").asString() + ":"
                                + event.path("daysBefore").asInt() + ":" + event.path("reportState").asString());
                    }
                }
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return new ArrayList<>(byEventId.values());
    }
}

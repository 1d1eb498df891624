package org.chapterrelations.directory.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.office.OfficeApi.TODAY;
import static org.chapterrelations.directory.office.OfficeApi.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.directory.office.OfficeApi.Event;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Appointing and ending terms of office: the rules between terms, who may, and the events. */
@PlatformIntegrationTest
class OfficerAppointmentTest {

    @LocalServerPort
    int port;

    private OfficeApi api;
    private String code;
    private String maria;
    private String sam;

    @BeforeEach
    void chapterAndPeople() {
        api = new OfficeApi(port);
        code = api.registerChapter();
        maria = api.createPerson("Maria", "Lopez", "maria@example.org");
        sam = api.createPerson("Sam", "Whitehorse", "sam@example.org");
    }

    @Test
    void appointingPublishesOfficerAppointedAndAnswersWithTheTermsLocation() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(OfficeApi.TOPIC)) {
            HttpResponse<String> response = api.appoint(code, api.staff, maria, "president", TODAY, TODAY.plusYears(1));

            assertThat(response.statusCode()).isEqualTo(201);
            String termId = json(response).path("termId").asString();
            String location = "/api/directory/chapters/" + code + "/officers/" + termId;
            assertThat(response.headers().firstValue("Location")).hasValue(location);
            assertThat(api.get(location, null).body()).contains("\"personName\":\"Maria Lopez\"");
            Event event = OfficeApi.awaitEvents(consumer, code, 1).get(0);
            assertThat(event.type()).isEqualTo(OfficeApi.APPOINTED);
            assertThat(event.data().path("chapterId").asString()).isEqualTo(code);
            assertThat(event.data().path("termId").asString()).isEqualTo(termId);
            assertThat(event.data().path("email").asString()).isEqualTo("maria@example.org");
            assertThat(event.data().path("end").asString()).isEqualTo(TODAY.plusYears(1).toString());
        }
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        HttpResponse<String> response = api.appoint(code, api.staff, maria, "treasurer", TODAY, TODAY.minusDays(1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"end\"");
    }

    @Test
    void twoPeopleCannotHoldASingleHolderOfficeAtTheSameTime() {
        api.appointed(code, maria, "councilor", TODAY.minusMonths(6), TODAY.plusMonths(6));

        HttpResponse<String> response = api.appoint(code, api.staff, sam, "councilor", TODAY, null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"role\"", "Maria Lopez");
        assertThat(api.appoint(code, api.staff, sam, "councilor", TODAY.plusMonths(6).plusDays(1), null)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void studentChapterAdvisorsMayServeSideBySide() {
        api.appointed(code, maria, "student-chapter-advisor", TODAY, null);

        assertThat(api.appoint(code, api.staff, sam, "student-chapter-advisor", TODAY, null).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aNewPresidentEndsThePreviousPresidentsTermTheDayBefore() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(OfficeApi.TOPIC)) {
            String first = api.appointed(code, maria, "president", TODAY.minusYears(1), null);

            String second = api.appointed(code, sam, "president", TODAY.minusDays(10), null);

            JsonNode history = api.officers("/api/directory/chapters/" + code + "/officers?history=true", null);
            assertThat(history.findValuesAsString("termId")).containsExactly(second, first);
            assertThat(history.get(1).path("end").asString()).isEqualTo(TODAY.minusDays(11).toString());
            List<Event> events = OfficeApi.awaitEvents(consumer, code, 3);
            assertThat(events).extracting(Event::type)
                    .containsExactly(OfficeApi.APPOINTED, OfficeApi.TERM_ENDED, OfficeApi.APPOINTED);
            assertThat(events.get(1).data().path("end").asString()).isEqualTo(TODAY.minusDays(11).toString());
        }
    }

    @Test
    void aPresidentCannotBeAppointedBeforeOrAtTheSittingPresidentsStart() {
        api.appointed(code, maria, "president", TODAY, null);

        HttpResponse<String> response = api.appoint(code, api.staff, sam, "president", TODAY.minusDays(1), null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("\"field\":\"role\"");
    }

    @Test
    void endingATermKeepsItInTheHistoryAndPublishesOfficerTermEnded() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(OfficeApi.TOPIC)) {
            String term = api.appointed(code, maria, "secretary", TODAY.minusYears(2), null);

            HttpResponse<String> ended = api.endTerm(code, term, api.staff, TODAY.minusDays(1));

            assertThat(ended.statusCode()).isEqualTo(200);
            assertThat(api.officers("/api/directory/chapters/" + code + "/officers", null).findValuesAsString("termId"))
                    .doesNotContain(term);
            assertThat(api.officers("/api/directory/chapters/" + code + "/officers?history=true", null)
                    .findValuesAsString("termId")).containsExactly(term);
            List<Event> events = OfficeApi.awaitEvents(consumer, code, 2);
            assertThat(events.get(1).type()).isEqualTo(OfficeApi.TERM_ENDED);
            assertThat(events.get(1).data().path("end").asString()).isEqualTo(TODAY.minusDays(1).toString());
        }
    }

    @Test
    void aTermEndedInTheFutureIsPublishedTheDayAfterItsLastDay() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(OfficeApi.TOPIC)) {
            String term = api.appointed(code, maria, "secretary", TODAY.minusYears(2), null);

            assertThat(api.endTerm(code, term, api.staff, TODAY).statusCode()).isEqualTo(200);

            assertThat(OfficeApi.eventsWithin(consumer, code, Duration.ofSeconds(3))).extracting(Event::type)
                    .containsExactly(OfficeApi.APPOINTED);
        }
    }

    @Test
    void aTermMayBeShortenedButNotLengthenedNorEndedBeforeItStarts() {
        String term = api.appointed(code, maria, "treasurer", TODAY.minusYears(1), TODAY.plusMonths(1));

        assertThat(api.endTerm(code, term, api.staff, TODAY.minusYears(2)).body()).contains("\"field\":\"end\"");
        assertThat(api.endTerm(code, term, api.staff, TODAY.minusYears(2)).statusCode()).isEqualTo(400);
        assertThat(api.endTerm(code, term, api.staff, TODAY.plusMonths(2)).statusCode()).isEqualTo(409);
        assertThat(api.endTerm(code, term, api.staff, TODAY.plusDays(3)).statusCode()).isEqualTo(200);
    }

    @Test
    void appointingNeedsAnExistingChapterAndPerson() {
        HttpResponse<String> noChapter = api.appoint("QNOSUCH", api.staff, maria, "president", TODAY, null);
        HttpResponse<String> noPerson = api.appoint(code, api.staff, UUID.randomUUID().toString(), "president",
                TODAY, null);
        HttpResponse<String> noRole = api.appoint(code, api.staff, maria, "king", TODAY, null);

        assertThat(noChapter.statusCode()).isEqualTo(404);
        assertThat(noPerson.statusCode()).isEqualTo(400);
        assertThat(noPerson.body()).contains("\"field\":\"personId\"");
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.body()).contains("\"field\":\"role\"");
    }

    @Test
    void aChapterOfficerAppointsInTheirOwnChapterOnly() {
        String other = api.registerChapter();
        String officer = api.identity.chapterOfficerToken(code);

        assertThat(api.appoint(code, officer, maria, "secretary", TODAY, null).statusCode()).isEqualTo(201);
        HttpResponse<String> elsewhere = api.appoint(other, officer, maria, "secretary", TODAY, null);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(api.appoint(code, null, sam, "treasurer", TODAY, null).statusCode()).isEqualTo(401);
    }

    @Test
    void concurrentAppointmentsAreAllKeptAndStillCannotOverlap() throws Exception {
        String pat = api.createPerson("Pat", "Third", "pat@example.org");
        List<Callable<Integer>> appointments = List.of(
                () -> api.appoint(code, api.staff, maria, "treasurer", TODAY, null).statusCode(),
                () -> api.appoint(code, api.staff, sam, "secretary", TODAY, null).statusCode(),
                () -> api.appoint(code, api.staff, pat, "councilor", TODAY, null).statusCode(),
                () -> api.appoint(code, api.staff, sam, "councilor", TODAY, null).statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(appointments.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(appointments)) {
                statuses.add(status.get());
            }

            assertThat(statuses.subList(0, 2)).containsOnly(201);
            assertThat(statuses.subList(2, 4)).containsExactlyInAnyOrder(201, 409);
            assertThat(api.officers("/api/directory/chapters/" + code + "/officers", null)
                    .findValuesAsString("role")).containsExactlyInAnyOrder("treasurer", "secretary", "councilor");
        }
        finally {
            pool.shutdown();
        }
    }
}

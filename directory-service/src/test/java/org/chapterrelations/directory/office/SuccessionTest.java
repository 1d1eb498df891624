package org.chapterrelations.directory.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.office.OfficeApi.TODAY;
import static org.chapterrelations.directory.office.OfficeApi.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.directory.office.OfficeApi.Event;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** A president-elect's succession scheduled ahead: stored at once, published on its day, once. */
@PlatformIntegrationTest
class SuccessionTest {

    @LocalServerPort
    int port;

    @Autowired
    OfficeAnnouncer announcer;

    private OfficeApi api;
    private String code;
    private String maria;
    private String sam;
    private String pat;

    @BeforeEach
    void chapterAndPeople() {
        api = new OfficeApi(port);
        code = api.registerChapter();
        maria = api.createPerson("Maria", "Lopez", "maria@example.org");
        sam = api.createPerson("Sam", "Whitehorse", "sam@example.org");
        pat = api.createPerson("Pat", "Past", "pat@example.org");
    }

    private String holder(String role, LocalDate at) {
        JsonNode officers = api.officers("/api/directory/chapters/" + code + "/officers?role=" + role + "&at=" + at,
                null);
        return officers.isEmpty() ? null : officers.get(0).path("personId").asString();
    }

    @Test
    void aScheduledSuccessionIsPublishedOnItsDayAndOnlyOnce() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(OfficeApi.TOPIC)) {
            api.appointed(code, maria, "president", TODAY.minusMonths(18), null);
            api.appointed(code, sam, "president-elect", TODAY.minusMonths(6), null);
            api.appointed(code, pat, "past-president", TODAY.minusMonths(18), null);
            OfficeApi.awaitEvents(consumer, code, 3);
            LocalDate effective = TODAY.plusDays(200);

            HttpResponse<String> scheduled = api.succession(code, api.staff, effective);

            assertThat(scheduled.statusCode()).isEqualTo(201);
            assertThat(json(scheduled).findValuesAsString("role")).containsExactly("president", "past-president");
            announcer.announceDueOn(effective.minusDays(1));
            assertThat(OfficeApi.eventsWithin(consumer, code, Duration.ofSeconds(2))).isEmpty();

            announcer.announceDueOn(effective);
            announcer.announceDueOn(effective);

            List<Event> events = new ArrayList<>(OfficeApi.awaitEvents(consumer, code, 5));
            events.addAll(OfficeApi.eventsWithin(consumer, code, Duration.ofSeconds(2)));
            assertThat(events).extracting(Event::type).containsExactly(OfficeApi.TERM_ENDED, OfficeApi.TERM_ENDED,
                    OfficeApi.TERM_ENDED, OfficeApi.APPOINTED, OfficeApi.APPOINTED);
            assertThat(events).extracting(Event::termId).doesNotHaveDuplicates();
            assertThat(events.subList(0, 3)).allSatisfy(ended -> assertThat(ended.data().path("end").asString())
                    .isEqualTo(effective.minusDays(1).toString()));
            assertThat(events.get(3).data().path("personId").asString()).isEqualTo(sam);
            assertThat(events.get(3).data().path("role").asString()).isEqualTo("president");
            assertThat(events.get(4).data().path("personId").asString()).isEqualTo(maria);
            assertThat(events.get(4).data().path("role").asString()).isEqualTo("past-president");
        }
    }

    @Test
    void whoHoldsAnOfficeDependsOnTheDateAsked() {
        api.appointed(code, maria, "president", TODAY.minusMonths(18), null);
        api.appointed(code, sam, "president-elect", TODAY.minusMonths(6), null);
        LocalDate effective = TODAY.plusDays(90);

        assertThat(api.succession(code, api.identity.chapterOfficerToken(code), effective).statusCode())
                .isEqualTo(201);

        assertThat(holder("president", TODAY)).isEqualTo(maria);
        assertThat(holder("president", effective.minusDays(1))).isEqualTo(maria);
        assertThat(holder("president", effective)).isEqualTo(sam);
        assertThat(holder("president-elect", effective)).isNull();
        assertThat(holder("past-president", effective)).isEqualTo(maria);
        assertThat(holder("president", TODAY.minusYears(5))).isNull();
    }

    @Test
    void aSuccessionNeedsAPresidentElect() {
        api.appointed(code, maria, "president", TODAY.minusMonths(18), null);

        HttpResponse<String> response = api.succession(code, api.staff, TODAY.plusDays(30));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("\"field\":\"effectiveDate\"");
    }

    @Test
    void anotherChaptersOfficerCannotScheduleASuccession() {
        api.appointed(code, sam, "president-elect", TODAY.minusMonths(6), null);

        assertThat(api.succession(code, api.identity.chapterOfficerToken("NY"), TODAY.plusDays(30)).statusCode())
                .isEqualTo(403);
    }
}

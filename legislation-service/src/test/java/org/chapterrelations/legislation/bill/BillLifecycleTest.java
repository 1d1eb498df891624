package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.legislation.support.LegislationApi.action;
import static org.chapterrelations.legislation.support.LegislationApi.bill;
import static org.chapterrelations.legislation.support.LegislationApi.etag;
import static org.chapterrelations.legislation.support.LegislationApi.eventsUntil;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.legislation.support.LegislationApi.Event;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Upserting a bill: created once, unchanged data writes and emits nothing, real changes emit exactly their events. */
@PlatformIntegrationTest
class BillLifecycleTest {

    private static final String STATUS_CHANGED = "legislation.BillStatusChanged.v1";
    private static final String UPDATED = "legislation.BillUpdated.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private LegislationApi api;
    private String identifier;
    private String billId;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
        int number = LegislationApi.uniqueNumber();
        identifier = "AB " + number;
        billId = "ca-20252026-ab" + number;
    }

    @Test
    void aNewBillIsCreatedWithItsStatusHistoryAndItsFirstStatusIsPublished() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            HttpResponse<String> response = api.post("/api/legislation/bills", staff, bill(identifier,
                    "Public libraries: broadband", action("2025-02-03", "lower", "introduction"),
                    action("2025-02-10", "lower", "referral-committee")));

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue("/api/legislation/bills/" + billId);
            assertThat(response.body()).contains("\"id\":\"" + billId + "\"", "\"status\":\"in-committee\"",
                    "\"statusHistory\":[{\"status\":\"introduced\",\"since\":\"2025-02-03\",\"actionOrder\":1},"
                            + "{\"status\":\"in-committee\",\"since\":\"2025-02-10\",\"actionOrder\":2}]",
                    "\"firstActionDate\":\"2025-02-03\"", "\"latestActionDate\":\"2025-02-10\"");
            List<Event> events = eventsUntil(consumer, billId, STATUS_CHANGED);
            assertThat(events).extracting(Event::type).containsExactly(STATUS_CHANGED);
            assertThat(events.get(0).json()).contains("\"previousStatus\":null", "\"status\":\"in-committee\"",
                    "\"classifications\":[\"referral-committee\"]", "\"tracked\":false");
        }
    }

    @Test
    void resendingTheSameBillChangesNothingAndANewActionEmitsOneUpdateAndOneStatusChange() {
        String introduced = action("2025-02-03", "lower", "introduction");
        String referred = action("2025-02-10", "lower", "referral-committee");
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            HttpResponse<String> created = api.post("/api/legislation/bills", staff, bill(identifier, "Libraries",
                    introduced, referred));
            HttpResponse<String> again = api.post("/api/legislation/bills", staff,
                    bill(" ab" + identifier.substring(3), "Libraries", introduced, referred));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(etag(again)).isEqualTo(etag(created));

            HttpResponse<String> passed = api.post("/api/legislation/bills", staff, bill(identifier, "Libraries",
                    introduced, referred, action("2025-05-29", "lower", "passage")));

            assertThat(passed.statusCode()).isEqualTo(200);
            assertThat(passed.body()).contains("\"status\":\"passed-one-chamber\"");
            eventsUntil(consumer, billId, STATUS_CHANGED);
            List<Event> afterChange = eventsUntil(consumer, billId, STATUS_CHANGED);
            assertThat(afterChange).extracting(Event::type).containsExactly(UPDATED, STATUS_CHANGED);
            assertThat(afterChange.get(0).json()).contains("\"changedFields\":[\"actions\"]");
            assertThat(afterChange.get(1).json()).contains("\"previousStatus\":\"in-committee\"",
                    "\"status\":\"passed-one-chamber\"", "\"date\":\"2025-05-29\"", "\"chamber\":\"lower\"");
        }
    }

    @Test
    void aChangedTitleIsAnUpdateWithoutStatusChange() {
        String introduced = action("2025-02-03", "lower", "introduction");
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            api.post("/api/legislation/bills", staff, bill(identifier, "Libraries", introduced));
            api.post("/api/legislation/bills", staff, bill(identifier, "Libraries and archives", introduced));

            List<Event> events = eventsUntil(consumer, billId, UPDATED);
            assertThat(events).extracting(Event::type).containsExactly(STATUS_CHANGED, UPDATED);
            assertThat(events.get(1).json()).contains("\"changedFields\":[\"title\"]",
                    "\"title\":\"Libraries and archives\"");
        }
    }

    @Test
    void everyInvalidFieldIsNamed() {
        HttpResponse<String> response = api.post("/api/legislation/bills", staff, """
                {"jurisdiction":"California","session":{},"title":" ",
                 "actions":[{"description":"Introduced"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"jurisdiction\"", "\"field\":\"session.identifier\"",
                "\"field\":\"identifier\"", "\"field\":\"title\"", "\"field\":\"actions[0].date\"");
    }

    @Test
    void aMalformedDateIsNamed() {
        HttpResponse<String> response = api.post("/api/legislation/bills", staff,
                bill(identifier, "Libraries", action("2025-13-45", "lower", "introduction")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("actions[0].date");
    }

    @Test
    void onlyStaffWriteBills() {
        String body = bill(identifier, "Libraries", action("2025-02-03", "lower", "introduction"));
        assertThat(api.post("/api/legislation/bills", identity.chapterOfficerToken("CA"), body).statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/legislation/bills", null, body).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/legislation/bills", identity.adminToken(), body).statusCode()).isEqualTo(201);
    }

    @Test
    void theEndOfTheSessionKillsBillsWithoutOutcome() {
        // A session of its own: every bill of an ended session dies, and other tests share the store.
        String session = "x" + LegislationApi.uniqueNumber();
        String id = "ca-" + session + "-" + billId.substring(billId.lastIndexOf('-') + 1);
        api.post("/api/legislation/bills", staff, bill(identifier, "Libraries",
                action("2025-02-03", "lower", "introduction")).replace("2025-2026", session));
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            eventsUntil(consumer, id, STATUS_CHANGED);

            HttpResponse<String> ended = api.post("/api/legislation/sessions/ca/" + session + "/end", staff,
                    "{\"endedOn\":\"2026-08-31\"}");

            assertThat(ended.statusCode()).isEqualTo(200);
            assertThat(ended.body()).contains("\"died\":1");
            assertThat(api.get("/api/legislation/bills/" + id, staff).body()).contains("\"status\":\"dead\"",
                    "\"sessionEndedOn\":\"2026-08-31\"");
            assertThat(eventsUntil(consumer, id, STATUS_CHANGED).get(0).json())
                    .contains("\"status\":\"dead\"", "\"previousStatus\":\"introduced\"");
        }
    }
}

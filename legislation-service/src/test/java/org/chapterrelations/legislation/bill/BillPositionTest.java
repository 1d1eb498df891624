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

/** The office's position on a bill: who may set it, optimistic concurrency, events, and what the public sees. */
@PlatformIntegrationTest
class BillPositionTest {

    private static final String TRACKED = "legislation.BillTracked.v1";
    private static final String POSITION_SET = "legislation.BillPositionSet.v1";
    private static final String STATUS_CHANGED = "legislation.BillStatusChanged.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private LegislationApi api;
    private String billId;
    private String etag;

    @BeforeEach
    void createBill() {
        api = new LegislationApi(port);
        int number = LegislationApi.uniqueNumber();
        billId = "ca-20252026-sb" + number;
        etag = etag(api.post("/api/legislation/bills", staff, bill("SB " + number, "Library privacy",
                action("2025-02-03", "upper", "introduction"))));
    }

    @Test
    void takingAPositionTracksTheBillAndPublishesBoth() {
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            HttpResponse<String> response = api.patchPosition(billId, staff, etag, """
                    {"position":"support","priority":"high","issueAreas":["privacy","Funding"],
                     "notes":"Coalition letter due in March","owner":"jlee"}""");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(etag(response)).isNotEqualTo(etag);
            assertThat(response.body()).contains("\"tracked\":true", "\"position\":\"support\"",
                    "\"priority\":\"high\"", "\"issueAreas\":[\"privacy\",\"funding\"]", "\"owner\":\"jlee\"");
            List<Event> events = eventsUntil(consumer, billId, POSITION_SET);
            assertThat(events).extracting(Event::type).containsExactly(STATUS_CHANGED, TRACKED, POSITION_SET);
            assertThat(events.get(1).json()).contains("\"trackedBy\":\"staff-alice\"", "\"ruleId\":null",
                    "\"url\":\"/api/legislation/bills/" + billId + "\"");
            assertThat(events.get(2).json()).contains("\"setBy\":\"staff-alice\"", "\"previousPosition\":null",
                    "\"position\":\"support\"");
        }
    }

    @Test
    void aStaleETagIsRefusedAndAMissingOneIsRequired() {
        api.patchPosition(billId, staff, etag, "{\"position\":\"monitor\"}");

        HttpResponse<String> stale = api.patchPosition(billId, staff, etag, "{\"position\":\"oppose\"}");
        HttpResponse<String> missing = api.patchPosition(billId, staff, null, "{\"position\":\"oppose\"}");

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.statusCode()).isEqualTo(428);
    }

    @Test
    void badValuesAreNamed() {
        HttpResponse<String> response = api.patchPosition(billId, staff, etag, """
                {"position":"love","priority":"urgent","issueAreas":["Intellectual Freedom"]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"position\"", "\"field\":\"priority\"",
                "\"field\":\"issueAreas[0]\"");
    }

    @Test
    void anonymousCallersSeeOnlyBillsWithAPublicPositionAndNeverStaffNotes() {
        String path = "/api/legislation/bills/" + billId;
        assertThat(api.get(path, null).statusCode()).isEqualTo(404);

        String monitored = etag(api.patchPosition(billId, staff, etag, "{\"position\":\"monitor\",\"notes\":\"x\"}"));
        assertThat(api.get(path, null).statusCode()).isEqualTo(404);

        api.patchPosition(billId, staff, monitored, "{\"position\":\"oppose\"}");
        HttpResponse<String> anonymous = api.get(path, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"position\":\"oppose\"", "\"actions\":[").doesNotContain("notes");
        assertThat(api.get(path, identity.chapterOfficerToken("CA")).body()).doesNotContain("notes");
        assertThat(api.get(path, staff).body()).contains("\"notes\":\"x\"");
    }

    @Test
    void chapterOfficersReadButDoNotSetPositions() {
        assertThat(api.get("/api/legislation/bills/" + billId, identity.chapterOfficerToken("CA")).statusCode())
                .isEqualTo(200);
        assertThat(api.patchPosition(billId, identity.chapterOfficerToken("CA"), etag, "{\"position\":\"support\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeInATrackedBillProducesExactlyOneStatusChange() {
        api.patchPosition(billId, staff, etag, "{\"position\":\"support\"}");
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            eventsUntil(consumer, billId, POSITION_SET);
            int number = Integer.parseInt(billId.substring(billId.lastIndexOf("sb") + 2));
            api.post("/api/legislation/bills", staff, bill("SB " + number, "Library privacy",
                    action("2025-02-03", "upper", "introduction"), action("2025-04-01", "upper", "passage")));
            // A later, different change marks the end of what the first one emitted.
            api.post("/api/legislation/bills", staff, bill("SB " + number, "Library privacy act",
                    action("2025-02-03", "upper", "introduction"), action("2025-04-01", "upper", "passage")));

            List<Event> events = eventsUntil(consumer, billId, "legislation.BillUpdated.v1");
            events.addAll(eventsUntil(consumer, billId, "legislation.BillUpdated.v1"));
            assertThat(events).extracting(Event::type).containsExactly("legislation.BillUpdated.v1",
                    STATUS_CHANGED, "legislation.BillUpdated.v1");
            assertThat(events.get(1).json()).contains("\"tracked\":true", "\"position\":\"support\"",
                    "\"status\":\"passed-one-chamber\"");
        }
    }
}

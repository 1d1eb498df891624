package org.chapterrelations.legislation.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.legislation.support.LegislationApi.action;
import static org.chapterrelations.legislation.support.LegislationApi.bill;
import static org.chapterrelations.legislation.support.LegislationApi.etag;
import static org.chapterrelations.legislation.support.LegislationApi.eventsUntil;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.legislation.support.LegislationApi.Event;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Campaigns from draft to close: targets from the directory's events, chapter reports, progress, events. */
@PlatformIntegrationTest
class CampaignTest {

    private static final String LAUNCHED = "legislation.CampaignLaunched.v1";
    private static final String CLOSED = "legislation.CampaignClosed.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    @Autowired
    CampaignService service;

    private LegislationApi api;
    private String target;
    private String retired;
    private String elsewhere;
    private String billId;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
        int number = LegislationApi.uniqueNumber();
        target = "ZC" + number;
        retired = "ZD" + number;
        elsewhere = "ZE" + number;
        register(target, "OR", "active");
        register(retired, "OR", "retired");
        register(elsewhere, "WA", "active");
        billId = "or-20252026-hb" + number;
        api.post("/api/legislation/bills", staff, bill("HB " + number, "Library district funding",
                action("2025-01-13", "lower", "introduction")).replace("\"ca\"", "\"or\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/legislation/campaign-targets?state=WA", staff)
                .body().contains(elsewhere));
    }

    private static void register(String id, String state, String status) {
        TestKafka.sendCloudEvent("directory.chapters.v1", id, "directory.ChapterRegistered.v1", """
                {"chapterId":"%s","code":"%s","name":"%s chapter","kind":"state","state":"%s","status":"%s"}"""
                .formatted(id, id, id, state, status));
    }

    private String campaign(String deadline) {
        return """
                {"title":"Fund Oregon library districts","message":"Ask your representative to vote yes on %s.",
                 "deadline":"%s","billIds":["%s"],"actionUrl":"https://advocacy.example.org/or"}"""
                .formatted(billId, deadline, billId);
    }

    private String createAndLaunch(String deadline) {
        HttpResponse<String> created = api.post("/api/legislation/campaigns", staff, campaign(deadline));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(api.post("/api/legislation/campaigns/" + id + "/launch", staff, "").statusCode()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> report(String id, String token, String json) {
        return api.post("/api/legislation/campaigns/" + id + "/actions", token, json);
    }

    @Test
    void aLaunchedCampaignReachesItsStatesActiveChaptersWhoReportUntilStaffCloseIt() {
        String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.CAMPAIGNS_TOPIC)) {
            String id = createAndLaunch(deadline);

            Event launched = eventsUntil(consumer, id, LAUNCHED).get(0);
            assertThat(launched.json()).contains("\"targetStates\":[\"OR\"]", "\"jurisdictions\":[\"or\"]",
                    "\"billIds\":[\"" + billId + "\"]", "\"launchedBy\":\"staff-alice\"", "\"deadline\":\"" + deadline,
                    "\"" + target + "\"").doesNotContain(retired, elsewhere);

            String officer = identity.chapterOfficerToken(target);
            assertThat(report(id, officer, "{\"description\":\"Called 12 legislators\",\"participants\":12}")
                    .statusCode()).isEqualTo(201);
            assertThat(report(id, identity.chapterOfficerToken(elsewhere), "{\"description\":\"Wrote letters\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(report(id, officer, "{\"chapterId\":\"" + elsewhere + "\",\"description\":\"x\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(report(id, officer, "{\"description\":\" \"}").body()).contains("\"field\":\"description\"");

            HttpResponse<String> progress = api.get("/api/legislation/campaigns/" + id + "/progress", officer);
            assertThat(progress.body()).contains("\"chaptersReported\":1", "\"reportedActions\":1",
                    "\"participants\":12", "\"chapterId\":\"" + target + "\"", "\"reportedBy\":\"officer-" );

            HttpResponse<String> closed = api.post("/api/legislation/campaigns/" + id + "/close", staff, "");
            assertThat(closed.body()).contains("\"status\":\"closed\"", "\"closeReason\":\"closed-by-staff\"");
            List<Event> events = eventsUntil(consumer, id, CLOSED);
            assertThat(events.get(events.size() - 1).json()).contains("\"reason\":\"closed-by-staff\"",
                    "\"reportedActions\":1");
            assertThat(api.post("/api/legislation/campaigns/" + id + "/close", staff, "").statusCode()).isEqualTo(409);
            assertThat(report(id, officer, "{\"description\":\"Late call\"}").statusCode()).isEqualTo(409);
        }
    }

    @Test
    void theDeadlineCheckClosesACampaignOnceItsDeadlineHasPassed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.CAMPAIGNS_TOPIC)) {
            String id = createAndLaunch(today.toString());

            assertThat(service.closeExpired(today)).isZero();
            assertThat(service.closeExpired(today.plusDays(1))).isPositive();
            service.closeExpired(today.plusDays(2));

            assertThat(api.get("/api/legislation/campaigns/" + id, staff).body()).contains("\"status\":\"closed\"",
                    "\"closeReason\":\"deadline-passed\"", "\"closedOn\":\"" + today.plusDays(1) + "\"");
            List<Event> events = eventsUntil(consumer, id, CLOSED);
            assertThat(events).extracting(Event::type).containsExactly(LAUNCHED, CLOSED);
            assertThat(events.get(1).json()).contains("\"reason\":\"deadline-passed\"", "\"reportedActions\":0");
        }
    }

    @Test
    void draftsAreValidatedEditedWithIfMatchAndDeletedButLaunchedOnesStay() {
        HttpResponse<String> invalid = api.post("/api/legislation/campaigns", staff,
                "{\"title\":\"\",\"billIds\":[\"zz-1-hb1\"],\"targetStates\":[\"Oregon\"],\"actionUrl\":\"ftp://x\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"title\"", "\"field\":\"message\"", "\"field\":\"deadline\"",
                "\"field\":\"billIds[0]\"", "\"field\":\"targetStates[0]\"", "\"field\":\"actionUrl\"");

        HttpResponse<String> created = api.post("/api/legislation/campaigns", staff, campaign("2099-01-01"));
        String path = "/api/legislation/campaigns/" + created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(created.body()).contains("\"status\":\"draft\"", "\"targetStates\":[\"OR\"]");
        HttpResponse<String> edited = api.send("PUT", path, staff, etag(created), "application/json",
                campaign("2099-02-01").replace("Fund Oregon", "Save Oregon"));
        assertThat(edited.body()).contains("\"title\":\"Save Oregon library districts\"", "\"deadline\":\"2099-02-01\"");
        assertThat(api.send("PUT", path, staff, etag(created), "application/json", campaign("2099-03-01"))
                .statusCode()).isEqualTo(412);
        assertThat(api.send("DELETE", path, staff, null, "application/json", null).statusCode()).isEqualTo(204);
        assertThat(api.get(path, staff).statusCode()).isEqualTo(404);

        String launched = "/api/legislation/campaigns/" + createAndLaunch("2099-01-01");
        assertThat(api.send("DELETE", launched, staff, null, "application/json", null).statusCode()).isEqualTo(409);
        assertThat(api.get("/api/legislation/campaigns?status=launched", identity.chapterOfficerToken("CA")).body())
                .contains(launched.substring(launched.lastIndexOf('/') + 1));
    }

    @Test
    void onlyStaffCreateLaunchAndCloseCampaigns() {
        String officer = identity.chapterOfficerToken(target);
        assertThat(api.post("/api/legislation/campaigns", officer, campaign("2099-01-01")).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/legislation/campaigns", null, campaign("2099-01-01")).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/legislation/campaigns", null).statusCode()).isEqualTo(401);
    }
}

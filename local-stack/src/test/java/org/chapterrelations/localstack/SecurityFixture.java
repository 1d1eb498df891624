package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.localstack.GatewayCalls.etag;
import static org.chapterrelations.localstack.GatewayCalls.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * What the security tests attack, set up through the gateway as staff and officer-ca: chapters CA and NE
 * with a president each, a tracked bill with a position, an open survey with a draft report for NE and a
 * submitted one for CA, and an inbox item for staff and for officer-ca.
 */
final class SecurityFixture {

    static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();
    static final String BILL = "ca-20252026-ab1234";
    static final int IMPORTED_BILLS = 250;
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    String nePersonId;
    String neTermId;
    String staffInboxItem;
    String officerInboxItem;

    static SecurityFixture build(GatewayCalls staff, GatewayCalls officer) {
        SecurityFixture fixture = new SecurityFixture();
        registerChapter(staff, """
                {"code":"CA","name":"California Library Association","kind":"state","state":"CA","publicEmail":"info@cla.example.org"}""");
        registerChapter(staff, """
                {"code":"NE","name":"Nebraska Library Association","kind":"state","state":"NE","publicEmail":"info@nla.example.org"}""");
        fixture.nePersonId = appointPresident(staff, "NE", "Nora", "Evans", "nora.evans@example.org");
        fixture.neTermId = currentTermId(staff, "NE");
        appointPresident(staff, "CA", "Carla", "Diaz", "carla.diaz@example.org");

        // Both become recipients; staff hears about California bills.
        assertThat(staff.post("/api/notifications/me/subscriptions", """
                {"kind":"jurisdiction","value":"ca"}""").statusCode()).isEqualTo(201);
        assertThat(officer.get("/api/notifications/me/inbox").statusCode()).isEqualTo(200);
        createBillWithPosition(staff);
        importBills(staff);
        fixture.staffInboxItem = firstInboxItem(staff, "legislation.BillStatusChanged.v1");

        openSurvey(staff);
        HttpResponse<String> neDraft = staff.put(report("NE"), "{\"answers\":{\"members\":42,\"notes\":\"NE private\"}}", null);
        assertThat(neDraft.statusCode()).as(neDraft.body()).isEqualTo(200);
        HttpResponse<String> caDraft = officer.put(report("CA"), "{\"answers\":{\"members\":120}}", null);
        assertThat(caDraft.statusCode()).as(caDraft.body()).isEqualTo(200);
        HttpResponse<String> submitted = officer.post(report("CA") + "/submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        fixture.officerInboxItem = firstInboxItem(officer, "survey.ReportSubmitted.v1");
        return fixture;
    }

    static String report(String chapter) {
        return "/api/surveys/" + YEAR + "/reports/" + chapter;
    }

    private static void registerChapter(GatewayCalls staff, String json) {
        HttpResponse<String> created = staff.post("/api/directory/chapters", json);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    private static String appointPresident(GatewayCalls staff, String chapter, String given, String family, String email) {
        HttpResponse<String> person = staff.post("/api/directory/people", """
                {"givenName":"%s","familyName":"%s","email":"%s","phone":"+1 402 555 0100"}""".formatted(given, family, email));
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        String personId = json(person).path("id").asString();
        HttpResponse<String> term = staff.post("/api/directory/chapters/" + chapter + "/officers", """
                {"personId":"%s","role":"president","start":"%s"}""".formatted(personId, LocalDate.now(ZoneOffset.UTC)));
        assertThat(term.statusCode()).as(term.body()).isEqualTo(201);
        return personId;
    }

    private static String currentTermId(GatewayCalls staff, String chapter) {
        JsonNode terms = json(staff.get("/api/directory/chapters/" + chapter + "/officers"));
        JsonNode list = terms.isArray() ? terms : terms.path("content");
        return list.get(0).path("termId").asString();
    }

    private static void createBillWithPosition(GatewayCalls staff) {
        HttpResponse<String> bill = staff.post("/api/legislation/bills", """
                {"jurisdiction":"ca","session":{"identifier":"2025-2026","name":"2025-2026 Regular Session"},
                 "identifier":"AB 1234","title":"Public libraries: broadband access grants.","classification":["bill"],
                 "actions":[{"date":"2025-02-20","description":"Introduced.","chamber":"lower","classifications":["introduction"]}]}""");
        assertThat(bill.statusCode()).as(bill.body()).isIn(200, 201);
        HttpResponse<String> read = staff.get("/api/legislation/bills/" + BILL);
        HttpResponse<String> position = staff.patch("/api/legislation/bills/" + BILL + "/position",
                "{\"position\":\"support\",\"priority\":\"high\"}", etag(read));
        assertThat(position.statusCode()).as(position.body()).isEqualTo(200);
    }

    /** More bills than the largest page legislation-service serves (200). */
    private static void importBills(GatewayCalls staff) {
        String ndjson = IntStream.rangeClosed(1, IMPORTED_BILLS).mapToObj(i -> """
                {"bill":{"congress":"119","type":"HR","number":"%d","title":"Library services act %d","introducedDate":"2025-01-03"}}"""
                .formatted(i, i)).collect(Collectors.joining("\n"));
        HttpResponse<String> imported = staff.send("POST", "/api/legislation/imports", "application/x-ndjson", ndjson);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).path("created").asInt()).as(imported.body()).isEqualTo(IMPORTED_BILLS);
    }

    private static void openSurvey(GatewayCalls staff) {
        HttpResponse<String> questionnaire = staff.put("/api/surveys/" + YEAR + "/questionnaire", """
                {"sections":[{"key":"profile","title":"Chapter profile","questions":[
                  {"key":"members","type":"integer","label":"Members","required":true,"min":0},
                  {"key":"notes","type":"text","label":"Notes"}]}]}""", null);
        assertThat(questionnaire.statusCode()).as(questionnaire.body()).isEqualTo(201);
        assertThat(staff.post("/api/surveys/" + YEAR + "/questionnaire/publish", null).statusCode()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> window = staff.put("/api/surveys/" + YEAR, """
                {"opensOn":"%s","closesOn":"%s"}""".formatted(today, today.plusDays(60)), null);
        assertThat(window.statusCode()).as(window.body()).isEqualTo(201);
        await("CA and NE reach the survey roster").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String roster = staff.get("/api/surveys/roster?size=200").body();
                    return roster.contains("\"CA\"") && roster.contains("\"NE\"");
                });
        HttpResponse<String> opened = staff.post("/api/surveys/" + YEAR + "/open", null);
        assertThat(opened.statusCode()).as(opened.body()).isIn(200, 409);
    }

    private static String firstInboxItem(GatewayCalls caller, String eventType) {
        return await("an inbox item of " + eventType).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode item : json(caller.get("/api/notifications/me/inbox?size=50")).path("content")) {
                        if (eventType.equals(item.path("eventType").asString())) {
                            return item.path("id").asString();
                        }
                    }
                    return null;
                }, id -> id != null);
    }
}

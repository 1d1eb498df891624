package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.chapterrelations.localstack.sample.SampleDataSeeder;

/**
 * What WebConsoleIT's users find when they sign in, set up through the gateway as staff: the sample chapters,
 * California's past and present presidents, a few tracked bills, a watch rule, and this year's survey published and open with a questionnaire that
 * has every kind of question the report form draws, one of them conditional.
 */
final class ConsoleFixture {

    static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    /** The bill scenario (a) creates and tracks in the browser. */
    static final String ALERT_BILL = """
            {"jurisdiction":"ca","session":{"identifier":"2025-2026","name":"2025-2026 Regular Session"},
             "identifier":"AB 1234","title":"Public libraries: broadband access grants.","classification":["bill"],
             "subjects":["Libraries"],"abstracts":[{"abstract":"Creates a grant program for broadband in public libraries.","note":"digest"}],
             "sponsorships":[{"name":"Rivera","primary":true,"classification":"author","party":"Democratic","chamber":"lower"}],
             "actions":[{"date":"2025-02-20","description":"Introduced. To print.","chamber":"lower","classifications":["introduction"]},
                        {"date":"2025-03-10","description":"Referred to Com. on L. GOV.","chamber":"lower","classifications":["referral-committee"]}]}""";
    static final String ALERT_BILL_ID = "ca-20252026-ab1234";

    static final String QUESTIONNAIRE = """
            {"sections":[
             {"key":"profile","title":"Chapter profile","questions":[
              {"key":"members","type":"integer","label":"Members on 31 December","required":true,"min":0},
              {"key":"budget","type":"currency","label":"Annual budget"},
              {"key":"contact_email","type":"email","label":"Report contact e-mail","required":true},
              {"key":"website_url","type":"url","label":"Chapter website"},
              {"key":"last_meeting","type":"date","label":"Date of the last annual meeting"}]},
             {"key":"activity","title":"Activity","questions":[
              {"key":"has_advocacy","type":"yes-no","label":"Did the chapter advocate this year?","required":true},
              {"key":"advocacy_summary","type":"long-text","label":"Summarise your advocacy","required":true,
               "showIf":{"questionKey":"has_advocacy","equals":true}},
              {"key":"topics","type":"multi-choice","label":"Topics you worked on","choices":["funding","privacy","access"]},
              {"key":"setting","type":"single-choice","label":"Where most members work","choices":["urban","suburban","rural"]},
              {"key":"satisfaction","type":"scale","label":"Satisfaction with the office's support"},
              {"key":"notes","type":"text","label":"Anything else the office should know"},
              {"key":"events","type":"table","label":"Events held","columns":[
                {"key":"name","type":"text","label":"Event name","required":true},
                {"key":"held_on","type":"date","label":"Date"},
                {"key":"attendance","type":"integer","label":"Attendance","min":0}]}]}]}""";

    private final GatewayCalls staff;

    ConsoleFixture(GatewayCalls staff) {
        this.staff = staff;
    }

    void setUp(RunningStack stack) throws InterruptedException {
        assertThat(SampleDataSeeder.chaptersOnly(stack).seed().refusals()).isEmpty();
        trackedBill("ny", "2025-2026", "S 101", "Library construction aid.", true);
        trackedBill("tx", "89", "HB 303", "Library materials review procedures.", true);
        trackedBill("tx", "89", "SB 12", "Public library broadband.", false);
        trackedBill("us", "119", "HR 2", "Library Services and Technology Act reauthorization.", false);
        // matches none of these bills: the alert bill must wait for staff to track it in the browser
        created(staff.post("/api/legislation/watch-rules", """
                {"name":"Intellectual freedom","keywords":["book ban","censorship"],"subjects":["Intellectual freedom"],
                 "defaults":{"position":"monitor","priority":"medium"}}"""));
        officers("CA");
        await("CA on the survey roster").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> staff.get("/api/surveys/roster?size=200").body().contains("\"CA\""));
        openSurvey();
    }

    /** A past president and the sitting one, for the chapter page. */
    private void officers(String chapter) {
        String past = person("Maria", "Lopez", "maria.lopez@example.org");
        String current = person("Dana", "Whitfield", "dana.whitfield@example.org");
        created(staff.post("/api/directory/chapters/" + chapter + "/officers", """
                {"personId":"%s","role":"president","start":"2024-07-01","end":"2025-06-30"}""".formatted(past)));
        created(staff.post("/api/directory/chapters/" + chapter + "/officers", """
                {"personId":"%s","role":"president","start":"2025-07-01"}""".formatted(current)));
    }

    private String person(String given, String family, String email) {
        HttpResponse<String> person = staff.post("/api/directory/people", """
                {"givenName":"%s","familyName":"%s","email":"%s"}""".formatted(given, family, email));
        created(person);
        return GatewayCalls.json(person).path("id").asText();
    }

    private void trackedBill(String jurisdiction, String session, String identifier, String title, boolean passed) {
        String passage = passed ? """
                ,{"date":"2026-04-02","description":"Passed the Assembly.","chamber":"lower","classifications":["passage"]}""" : "";
        HttpResponse<String> bill = staff.post("/api/legislation/bills", """
                {"jurisdiction":"%s","session":{"identifier":"%s","name":"%s Regular Session"},"identifier":"%s","title":"%s",
                 "classification":["bill"],"subjects":["Libraries"],
                 "actions":[{"date":"2026-02-20","description":"Introduced.","chamber":"lower","classifications":["introduction"]},
                            {"date":"2026-03-10","description":"Referred to committee.","chamber":"lower","classifications":["referral-committee"]}%s]}"""
                .formatted(jurisdiction, session, session, identifier, title, passage));
        created(bill);
        String id = GatewayCalls.json(bill).path("id").asText();
        String etag = GatewayCalls.etag(staff.get("/api/legislation/bills/" + id));
        HttpResponse<String> position = staff.patch("/api/legislation/bills/" + id + "/position",
                "{\"position\":\"support\",\"priority\":\"high\",\"issueAreas\":[\"funding\"]}", etag);
        assertThat(position.statusCode()).as(position.body()).isEqualTo(200);
    }

    private void openSurvey() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> questionnaire = staff.put("/api/surveys/" + YEAR + "/questionnaire", QUESTIONNAIRE, null);
        created(questionnaire);
        ok(staff.post("/api/surveys/" + YEAR + "/questionnaire/publish", null));
        created(staff.put("/api/surveys/" + YEAR, """
                {"opensOn":"%s","closesOn":"%s"}""".formatted(today, today.plusDays(30)), null));
        // the service may have opened it on its own already (opensOn is today): 409 then
        HttpResponse<String> open = staff.post("/api/surveys/" + YEAR + "/open", null);
        assertThat(open.statusCode()).as(open.body()).isIn(200, 409);
    }

    void createAlertBill() {
        created(staff.post("/api/legislation/bills", ALERT_BILL));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}

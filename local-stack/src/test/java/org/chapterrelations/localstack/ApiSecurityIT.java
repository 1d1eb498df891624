package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.localstack.GatewayCalls.etag;
import static org.chapterrelations.localstack.GatewayCalls.json;
import static org.chapterrelations.localstack.SecurityFixture.BILL;
import static org.chapterrelations.localstack.SecurityFixture.YEAR;
import static org.chapterrelations.localstack.SecurityFixture.report;
import static org.chapterrelations.localstack.SecurityAssertions.*;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OWASP API Security Top 10 (2023) checks of issue 7, through the gateway with every real service,
 * the real auth server, Kafka and MongoDB-wire behind it: object level (API1), authentication (API2),
 * property level (API3), resource consumption (API4), function level (API5) and MongoDB operator
 * injection in every service.
 */
class ApiSecurityIT {

    private static final int PORT_OFFSET = 5000;
    /** {"$ne":null} as a path segment. */
    private static final String NE_NULL = enc("{\"$ne\":null}");

    private static RunningStack stack;
    private static GatewayCalls staff;
    private static GatewayCalls officer;
    private static GatewayCalls anonymous;
    private static String staffToken;
    private static String officerToken;
    private static ForgedTokens forged;
    private static SecurityFixture fixture;

    @BeforeAll
    static void startStackAndSetUp() throws Exception {
        StackOptions options = TestStacks.fresh("api-security", PORT_OFFSET);
        stack = LocalStack.start(options);
        DemoTokens tokens = new DemoTokens(stack.authUrl());
        staffToken = tokens.accessToken("staff");
        staff = new GatewayCalls(stack.gatewayUrl(), staffToken);
        officerToken = tokens.accessToken("officer-ca");
        officer = staff.as(officerToken);
        anonymous = staff.as(null);
        forged = ForgedTokens.withKeyFrom(options.dataDir());
        fixture = SecurityFixture.build(staff, officer);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    // API1: broken object level authorization

    @Test
    void aChapterOfficerCannotReadOrWriteAnotherChaptersSurveyReportButCanItsOwn() {
        assertProblem(officer.get(report("NE")), 403);
        assertProblem(officer.put(report("NE"), "{\"answers\":{\"members\":1}}", null), 403);
        assertProblem(officer.get(report("NE") + "/versions"), 403);
        assertProblem(officer.get(report("NE") + "/print"), 403);
        assertThat(json(staff.get(report("NE"))).path("answers").path("members").asInt()).isEqualTo(42);

        HttpResponse<String> own = officer.get(report("CA"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own).path("chapterId").asString()).isEqualTo("CA");
        HttpResponse<String> saved = officer.put(report("CA"), "{\"answers\":{\"members\":121}}", etag(own));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void aChapterOfficerCannotEditAnotherChaptersDirectoryEntryOrOfficersButCanItsOwn() {
        HttpResponse<String> ne = officer.get("/api/directory/chapters/NE");
        String hijacked = json(ne).toString().replace("info@nla.example.org", "attacker@example.org");
        assertProblem(officer.put("/api/directory/chapters/NE", hijacked, etag(ne)), 403);
        assertProblem(officer.post("/api/directory/chapters/NE/officers", """
                {"personId":"%s","role":"treasurer","start":"2026-01-01"}""".formatted(fixture.nePersonId)), 403);
        assertProblem(officer.post("/api/directory/chapters/NE/officers/" + fixture.neTermId + "/end",
                "{\"end\":\"2026-01-01\"}"), 403);
        HttpResponse<String> person = officer.get("/api/directory/people/" + fixture.nePersonId);
        assertProblem(officer.put("/api/directory/people/" + fixture.nePersonId, """
                {"givenName":"Nora","familyName":"Evans","email":"attacker@example.org"}""", etag(person)), 403);
        assertThat(staff.get("/api/directory/chapters/NE").body()).contains("info@nla.example.org");
        assertThat(staff.get("/api/directory/people/" + fixture.nePersonId).body()).contains("nora.evans@example.org");
        assertThat(staff.get("/api/directory/chapters/NE/officers?history=true").body()).doesNotContain("treasurer");

        HttpResponse<String> ca = officer.get("/api/directory/chapters/CA");
        String newContact = json(ca).toString().replace("info@cla.example.org", "office@cla.example.org");
        assertThat(officer.put("/api/directory/chapters/CA", newContact, etag(ca)).statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/directory/chapters/CA").body()).contains("office@cla.example.org");
    }

    @Test
    void aChapterOfficerSeesNoOtherChaptersOfficerContactsInTheDirectoryOrNotificationService() {
        assertThat(officer.get("/api/directory/chapters/NE/officers").body())
                .contains("president").doesNotContain("nora.evans@example.org");
        assertThat(officer.get("/api/directory/chapters/CA/officers").body()).contains("carla.diaz@example.org");
        assertProblem(officer.get("/api/notifications/chapters/NE/officers"), 403);
        assertThat(staff.get("/api/notifications/chapters/NE/officers").statusCode())
                .as("recipients are a staff read model").isEqualTo(200);
    }

    @Test
    void aUserCannotSeeOrMarkAnotherUsersInboxItemButCanTheirOwn() {
        assertProblem(officer.post("/api/notifications/me/inbox/" + fixture.staffInboxItem + "/read", null), 404);
        assertThat(officer.get("/api/notifications/me/inbox?size=100").body()).doesNotContain(fixture.staffInboxItem);
        assertThat(staff.get("/api/notifications/me/inbox?size=100").body()).contains(fixture.staffInboxItem);
        assertThat(unreadIds(staff)).contains(fixture.staffInboxItem);

        HttpResponse<String> own = officer.post("/api/notifications/me/inbox/" + fixture.officerInboxItem + "/read", null);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).path("read").asBoolean()).isTrue();
    }

    // API2: broken authentication

    @Test
    void missingExpiredMisdirectedForeignTamperedOrUnsignedTokensAreRefusedWith401AndNoData() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("expired (real key, exp an hour ago)", forged.signedWithRealKey(staffToken, ForgedTokens::expired));
        bad.put("another issuer (real key)", forged.signedWithRealKey(staffToken,
                claims -> ForgedTokens.freshlyIssued(claims.put("iss", "http://evil.example.org"))));
        bad.put("meant for another API (real key)", forged.signedWithRealKey(staffToken,
                claims -> ForgedTokens.freshlyIssued(claims.put("aud", "some-other-api"))));
        bad.put("signed with a foreign key", forged.signedWithForeignKey(staffToken));
        bad.put("payload tampered after signing", ForgedTokens.tampered(officerToken, claims ->
                claims.putArray("roles").add("staff")));
        bad.put("alg none", ForgedTokens.unsigned(staffToken));
        bad.put("garbage", "not-a-jwt");
        for (String path : List.of("/api/surveys/roster", "/api/notifications/deliveries", "/api/directory/chapters")) {
            for (Map.Entry<String, String> token : bad.entrySet()) {
                HttpResponse<String> refused = staff.as(token.getValue()).get(path);
                assertProblem(refused, 401);
                assertThat(refused.body()).as(token.getKey() + " on " + path).doesNotContain("\"content\"");
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer"));
            }
        }
        assertProblem(anonymous.get("/api/surveys/roster"), 401);
        assertProblem(anonymous.get("/api/notifications/me/inbox"), 401);
    }

    @Test
    void aGenuineTokenAndOneFreshlySignedWithTheRealKeyAreAccepted() throws Exception {
        assertThat(staff.get("/api/surveys/roster").statusCode()).isEqualTo(200);
        String resigned = forged.signedWithRealKey(staffToken, ForgedTokens::freshlyIssued);
        assertThat(staff.as(resigned).get("/api/surveys/roster").statusCode())
                .as("the forgery tests use the real key, so only the claim each changes is refused").isEqualTo(200);
    }

    // API3: broken object property level authorization

    @Test
    void aChapterOfficerCannotSetStaffOnlyFieldsOfItsOwnChapter() {
        HttpResponse<String> ca = officer.get("/api/directory/chapters/CA");
        ObjectNode form = (ObjectNode) json(ca);
        assertProblem(officer.put("/api/directory/chapters/CA", form.deepCopy().put("sampleData", true).toString(),
                etag(ca)), 403);
        HttpResponse<String> renamed = officer.put("/api/directory/chapters/CA",
                form.deepCopy().put("name", "Hijacked Association").put("foundedYear", 1900).toString(), etag(ca));
        assertProblem(renamed, 403);
        assertThat(renamed.body()).contains("name", "foundedYear");
        HttpResponse<String> retired = officer.put("/api/directory/chapters/CA",
                form.deepCopy().put("status", "retired").toString(), etag(ca));
        assertThat(retired.statusCode()).as("status is read-only in a PUT: ignored or refused").isIn(200, 403);

        JsonNode stored = json(staff.get("/api/directory/chapters/CA"));
        assertThat(stored.path("status").asString()).isEqualTo("active");
        assertThat(stored.path("sampleData").asBoolean()).isFalse();
        assertThat(stored.path("name").asString()).isEqualTo("California Library Association");
        assertThat(stored.path("foundedYear").isNull() || stored.path("foundedYear").isMissingNode()).isTrue();
    }

    @Test
    void aChapterOfficerCannotSetABillsPosition() {
        HttpResponse<String> bill = officer.get("/api/legislation/bills/" + BILL);
        assertProblem(officer.patch("/api/legislation/bills/" + BILL + "/position",
                "{\"position\":\"oppose\",\"priority\":\"low\"}", etag(bill)), 403);
        JsonNode stored = json(staff.get("/api/legislation/bills/" + BILL));
        assertThat(stored.path("position").asString()).isEqualTo("support");
        assertThat(stored.path("priority").asString()).isEqualTo("high");
    }

    // API4: unrestricted resource consumption

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(staff.post("/api/legislation/bills", huge), 413);
        assertProblem(staff.post("/api/directory/chapters", huge), 413);
        assertProblem(officer.put(report("CA"), "{\"answers\":{\"notes\":\"" + "x".repeat(300_000) + "\"}}",
                etag(officer.get(report("CA")))), 413);
    }

    @Test
    void aHugePageSizeGetsAtMostTheLargestPageNeverEveryRow() {
        JsonNode bills = json(staff.get("/api/legislation/bills?size=100000"));
        assertThat(bills.path("page").path("totalElements").asInt()).isGreaterThan(SecurityFixture.IMPORTED_BILLS);
        assertThat(bills.path("content").size()).as("documented maximum").isLessThanOrEqualTo(200);
        assertThat(bills.path("page").path("size").asInt()).isLessThanOrEqualTo(200);
        // No maximum is documented for these: Spring Data's cap of 2,000 rows applies (deliveries and inbox: 100).
        for (String list : List.of("/api/directory/chapters", "/api/directory/people", "/api/directory/officers",
                "/api/surveys/roster", "/api/notifications/chapters", "/api/notifications/deliveries",
                "/api/notifications/me/inbox")) {
            HttpResponse<String> page = staff.get(list + "?size=100000");
            assertThat(page.statusCode()).as(list).isIn(200, 400);
            if (page.statusCode() == 200) {
                assertThat(json(page).path("page").path("size").asInt()).as(list).isBetween(1, 2000);
            }
        }
    }

    /** On an identity of its own (a token for a new subject, signed with the real key), so no other test is throttled. */
    @Test
    void aBurstOfWritesBeyondTheWriteBucketGets429WithRetryAfter() throws Exception {
        String flooder = forged.signedWithRealKey(staffToken, claims -> {
            ForgedTokens.freshlyIssued(claims.put("sub", "api-security-flooder"));
            claims.putArray("roles");
        });
        List<HttpResponse<String>> answers = staff.as(flooder).burst(80, "/api/legislation/bills", "{}");

        List<HttpResponse<String>> throttled = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(throttled).as("beyond the bucket of 30").isNotEmpty();
        assertThat(answers).as("within the bucket").anyMatch(r -> r.statusCode() == 403);
        throttled.forEach(response -> {
            assertProblem(response, 429);
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        });
        assertThat(staff.burst(1, "/api/legislation/bills", "{}").get(0).statusCode())
                .as("another client is not throttled").isNotEqualTo(429);
    }

    // API5: broken function level authorization

    @Test
    void staffOnlyEndpointsRefuseAChapterOfficerWith403AndAnonymousCallersWith401() {
        String[][] calls = {
            {"POST", "/api/legislation/bills", "application/json", "{}"},
            {"POST", "/api/legislation/campaigns", "application/json", "{}"},
            {"GET", "/api/legislation/campaign-targets?state=NE", null, null},
            {"POST", "/api/legislation/watch-rules", "application/json", "{}"},
            {"POST", "/api/directory/chapters", "application/json", "{}"},
            {"POST", "/api/directory/chapters/CA/retire", "application/json", ""},
            {"POST", "/api/directory/imports/chapters", "text/csv", "code,name,kind,state\nXX,X,state,NE\n"},
            {"PUT", "/api/surveys/" + YEAR + "/questionnaire", "application/json", "{\"sections\":[]}"},
            {"GET", "/api/surveys/" + YEAR + "/status", null, null},
            {"GET", "/api/surveys/roster", null, null},
            {"POST", report("CA") + "/reopen", "application/json", ""},
            {"GET", "/api/notifications/deliveries", null, null},
            {"GET", "/api/notifications/chapters", null, null},
            {"POST", "/api/notifications/me/subscriptions", "application/json", "{\"kind\":\"jurisdiction\",\"value\":\"ne\"}"},
        };
        for (String[] call : calls) {
            assertProblem(call(officer, call), 403);
            assertProblem(call(anonymous, call), 401);
        }
        assertThat(json(staff.get("/api/directory/chapters/CA")).path("status").asString()).isEqualTo("active");
        assertThat(staff.get("/api/directory/chapters/XX").statusCode()).isEqualTo(404);
        assertThat(json(staff.get("/api/surveys/" + YEAR + "/questionnaire")).path("sections").size()).isEqualTo(1);
    }

    // MongoDB operator injection: operators arrive as plain values, never as query operators

    @Test
    void directoryServiceTreatsMongoOperatorsAsPlainValues() {
        long all = rows(staff.get("/api/directory/chapters?size=1"));
        assertBadRequest(staff.post("/api/directory/chapters", """
                {"code":{"$ne":""},"name":"Injected","kind":"state","state":"NE"}"""));
        assertBadRequest(staff.post("/api/directory/chapters", """
                {"code":"INJ","name":{"$gt":""},"kind":"state","state":"NE"}"""));
        assertThat(rows(staff.get("/api/directory/chapters?size=1"))).isEqualTo(all);
        assertThat(staff.get("/api/directory/chapters/INJ").statusCode()).isEqualTo(404);

        assertThat(rows(anonymous.get("/api/directory/chapters?q=" + enc(".*")))).isZero();
        assertThat(rows(anonymous.get("/api/directory/chapters?q=" + enc("{\"$where\":\"sleep(1000)\"}")))).isZero();
        for (String query : List.of("q%5B%24ne%5D=x", "state%5B%24regex%5D=.*", "kind%5B%24ne%5D=x",
                "status=" + enc("{\"$ne\":null}"), "state=" + enc(".*"), "sort=" + enc("$where,asc"))) {
            assertAtMost(anonymous.get("/api/directory/chapters?" + query), all);
        }
        assertAtMost(anonymous.get("/api/directory/people?q=" + enc(".*")), 0);
        assertNotFoundOrRefused(anonymous.get("/api/directory/chapters/" + NE_NULL));
        assertNotFoundOrRefused(anonymous.get("/api/directory/people/" + NE_NULL));
        assertNotFoundOrRefused(officer.get("/api/directory/chapters/" + NE_NULL + "/officers/" + NE_NULL));

        HttpResponse<String> ca = staff.get("/api/directory/chapters/CA");
        ObjectNode form = (ObjectNode) json(ca);
        form.putObject("name").put("$gt", "");
        assertBadRequest(staff.put("/api/directory/chapters/CA", form.toString(), etag(ca)));
        assertThat(json(staff.get("/api/directory/chapters/CA")).path("name").asString())
                .isEqualTo("California Library Association");
    }

    @Test
    void legislationServiceRefusesOperatorObjectsInBodiesAndIds() {
        long all = rows(staff.get("/api/legislation/bills?size=1"));
        assertAtMost(staff.get("/api/legislation/bills?q=" + enc(".*")), 0);
        assertAtMost(staff.get("/api/legislation/bills?q=" + enc("{\"$where\":\"sleep(1000)\"}")), 0);
        assertNotFoundOrRefused(anonymous.get("/api/legislation/bills/" + NE_NULL));
        assertNotFoundOrRefused(staff.get("/api/legislation/bills/" + NE_NULL));
        assertNotFoundOrRefused(officer.get("/api/legislation/campaigns/" + NE_NULL));

        assertBadRequest(staff.post("/api/legislation/bills", """
                {"jurisdiction":{"$ne":""},"session":{"identifier":"2025-2026"},"identifier":"AB 9","title":"Injected"}"""));
        assertBadRequest(staff.post("/api/legislation/bills", """
                {"jurisdiction":"ca","session":{"identifier":"2025-2026"},"identifier":{"$gt":""},"title":"Injected"}"""));
        assertThat(rows(staff.get("/api/legislation/bills?size=1"))).isEqualTo(all);
        HttpResponse<String> bill = staff.get("/api/legislation/bills/" + BILL);
        assertBadRequest(staff.patch("/api/legislation/bills/" + BILL + "/position",
                "{\"position\":{\"$ne\":\"\"}}", etag(bill)));
        assertThat(json(staff.get("/api/legislation/bills/" + BILL)).path("position").asString()).isEqualTo("support");
    }

    private static final List<String> OPERATOR_VALUES = List.of("position=" + enc("{\"$ne\":null}"),
            "tracked=" + enc("{\"$ne\":true}"), "status=" + enc("{\"$regex\":\".*\"}"), "jurisdiction=" + enc(".*"),
            "sort=" + enc("$where,asc"));
    private static final List<String> OPERATOR_NAMES = List.of("tracked%5B%24ne%5D=true", "position%5B%24ne%5D=x",
            "q%5B%24ne%5D=x", "status%5B%24regex%5D=.*");

    @Test
    void legislationServiceTreatsOperatorQueryValuesAsPlainValues() {
        assertBillQueriesHarmless(OPERATOR_VALUES, false);
    }

    @Test
    void legislationCsvExportAnswersOperatorQueryValuesWith400NotA500() {
        assertBillQueriesHarmless(OPERATOR_VALUES, true);
    }

    @Test
    void legislationServiceAnswersOperatorParameterNamesWith400NotA500() {
        assertBillQueriesHarmless(OPERATOR_NAMES, true);
    }

    /** The bill list (anonymous and staff) and summary (officer), and the CSV if asked: 400 or no more rows than honest. */
    private static void assertBillQueriesHarmless(List<String> queries, boolean csvToo) {
        long publicBills = rows(anonymous.get("/api/legislation/bills?size=1"));
        long all = rows(staff.get("/api/legislation/bills?size=1"));
        assertThat(publicBills).as("only the bill with a public position").isEqualTo(1);
        long csvLines = officer.get("/api/legislation/bills.csv").body().lines().count();
        List<String> failures = new ArrayList<>();
        for (String query : queries) {
            collect(failures, () -> assertAtMost(anonymous.get("/api/legislation/bills?" + query), publicBills));
            collect(failures, () -> assertAtMost(staff.get("/api/legislation/bills?" + query), all));
            collect(failures, () -> assertHarmless(officer.get("/api/legislation/summary?" + query)));
            if (csvToo) {
                collect(failures, () -> {
                    HttpResponse<String> csv = officer.get("/api/legislation/bills.csv?" + query);
                    assertHarmless(csv);
                    assertThat(csv.body().lines().count()).as(csv.request().uri().toString()).isLessThanOrEqualTo(csvLines);
                });
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void surveyServiceTreatsMongoOperatorsAsPlainValues() {
        HttpResponse<String> own = officer.get(report("CA"));
        assertBadRequest(officer.put(report("CA"), "{\"answers\":{\"notes\":{\"$ne\":\"\"}}}", etag(own)));
        assertBadRequest(officer.put(report("CA"), "{\"answers\":{\"members\":{\"$gt\":0}}}", etag(own)));
        HttpResponse<String> where = officer.put(report("CA"),
                "{\"answers\":{\"$where\":\"sleep(1000)\"}}", etag(officer.get(report("CA"))));
        assertThat(where.statusCode()).as(where.body()).isLessThan(500);
        JsonNode stored = json(officer.get(report("CA"))).path("answers");
        assertThat(stored.has("$where")).isFalse();
        assertThat(stored.path("notes").isTextual()).as("no operator object stored").isFalse();

        assertProblem(officer.get(report(NE_NULL)), 403);
        HttpResponse<String> literal = staff.get(report(NE_NULL));
        if (literal.statusCode() == 200) {
            JsonNode empty = json(literal);
            assertThat(empty.path("chapterId").asString()).as("the operator is a plain (unknown) chapter id")
                    .isEqualTo("{\"$NE\":NULL}");
            assertThat(empty.path("answers").size()).isZero();
        } else {
            assertNotFoundOrRefused(literal);
        }
        assertNotFoundOrRefused(staff.get("/api/surveys/" + enc("{\"$gt\":\"\"}") + "/status"));
        long roster = rows(staff.get("/api/surveys/roster?size=1"));
        assertAtMost(staff.get("/api/surveys/roster?chapterId%5B%24ne%5D=x&sort=" + enc("$where,asc")), roster);
        HttpResponse<String> compare = staff.get("/api/surveys/results/compare?questionKey="
                + enc("{\"$ne\":null}") + "&years=" + YEAR);
        assertThat(compare.statusCode()).as(compare.body()).isIn(200, 400);
    }

    @Test
    void surveyServiceGrantsNoExtensionToAChapterIdThatIsNoChapter() {
        List<String> failures = new ArrayList<>();
        for (String chapterId : List.of(NE_NULL, enc("$where"), "a.b")) {
            collect(failures, () -> assertNotFoundOrRefused(staff.put("/api/surveys/" + YEAR + "/extensions/" + chapterId,
                    "{\"deadline\":\"2099-01-01\"}", null)));
        }
        assertThat(staff.get("/api/surveys/" + YEAR).body()).as("nothing stored").doesNotContain("2099-01-01");
        assertThat(failures).isEmpty();
    }

    @Test
    void notificationServiceTreatsMongoOperatorsAsPlainValues() {
        long subscriptions = json(staff.get("/api/notifications/me/subscriptions")).size();
        assertBadRequest(staff.post("/api/notifications/me/subscriptions", """
                {"kind":"jurisdiction","value":{"$ne":""}}"""));
        assertBadRequest(staff.post("/api/notifications/me/subscriptions", """
                {"kind":{"$ne":""},"value":"ne"}"""));
        assertThat(json(staff.get("/api/notifications/me/subscriptions")).size()).isEqualTo(subscriptions);
        assertNotFoundOrRefused(staff.get("/api/notifications/me/subscriptions/" + NE_NULL));
        assertNotFoundOrRefused(staff.send("DELETE", "/api/notifications/me/subscriptions/" + NE_NULL, "application/json", ""));
        assertThat(json(staff.get("/api/notifications/me/subscriptions")).size()).isEqualTo(subscriptions);
        assertBadRequest(officer.put("/api/notifications/me/preferences", "{\"email\":{\"$ne\":\"\"}}", null));

        List<String> unread = unreadIds(staff);
        assertNotFoundOrRefused(officer.post("/api/notifications/me/inbox/" + NE_NULL + "/read", null));
        assertNotFoundOrRefused(officer.post("/api/notifications/me/inbox/" + enc("{\"$gt\":\"\"}") + "/read", null));
        assertThat(unreadIds(staff)).isEqualTo(unread);

        long deliveries = rows(staff.get("/api/notifications/deliveries?size=1"));
        for (String query : List.of("recipientId%5B%24ne%5D=x", "status%5B%24regex%5D=.*", "channel%5B%24ne%5D=x",
                "sort=" + enc("$where,asc"))) {
            assertAtMost(staff.get("/api/notifications/deliveries?" + query), deliveries);
        }
        for (String query : List.of("recipientId=" + enc("{\"$ne\":null}"), "channel=" + enc(".*"),
                "status=" + enc("{\"$ne\":null}"))) {
            assertAtMost(staff.get("/api/notifications/deliveries?" + query), 0);
        }
        assertAtMost(staff.get("/api/notifications/chapters/" + NE_NULL + "/officers"), 0);
    }

    private static HttpResponse<String> call(GatewayCalls caller, String[] call) {
        return call[2] == null ? caller.get(call[1]) : caller.send(call[0], call[1], call[2], call[3]);
    }

    private static List<String> unreadIds(GatewayCalls caller) {
        List<String> ids = new ArrayList<>();
        json(caller.get("/api/notifications/me/inbox?size=100")).path("content").forEach(item -> {
            if (!item.path("read").asBoolean()) {
                ids.add(item.path("id").asString());
            }
        });
        return ids;
    }
}

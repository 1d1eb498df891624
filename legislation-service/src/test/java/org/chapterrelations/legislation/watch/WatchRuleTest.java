package org.chapterrelations.legislation.watch;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Watch rules through the API: a bill that newly matches is tracked with the rule's defaults. Each test's rule
 * uses a word of its own, since rules stay active for every test sharing the store.
 */
@PlatformIntegrationTest
class WatchRuleTest {

    private static final String TRACKED = "legislation.BillTracked.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private LegislationApi api;
    private String word;
    private int number;
    private String ruleId;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
        number = LegislationApi.uniqueNumber();
        word = "kx" + number;
    }

    @AfterEach
    void deleteRule() {
        if (ruleId != null) {
            api.send("DELETE", "/api/legislation/watch-rules/" + ruleId, staff, null, "application/json", null);
        }
    }

    private HttpResponse<String> createRule(String json) {
        HttpResponse<String> response = api.post("/api/legislation/watch-rules", staff, json);
        if (response.statusCode() == 201) {
            ruleId = response.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        }
        return response;
    }

    private String keywordRule() {
        return """
                {"name":"%s library bills","jurisdictions":["CA"],"keywords":["%s library"],
                 "defaults":{"position":"monitor","priority":"high","issueAreas":["intellectual-freedom"]}}"""
                .formatted(word, word);
    }

    @Test
    void aNewBillMatchingAKeywordIsTrackedWithTheRulesDefaults() {
        assertThat(createRule(keywordRule()).statusCode()).isEqualTo(201);
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            HttpResponse<String> matching = api.post("/api/legislation/bills", staff, bill("AB " + number,
                    word.toUpperCase() + " Libraries Act", action("2025-01-05", "lower", "introduction")));

            assertThat(matching.body()).contains("\"tracked\":true", "\"position\":\"monitor\"",
                    "\"priority\":\"high\"", "\"issueAreas\":[\"intellectual-freedom\"]");
            List<Event> events = eventsUntil(consumer, "ca-20252026-ab" + number, TRACKED);
            assertThat(events.get(events.size() - 1).json()).contains("\"trackedBy\":\"watch-rule:" + ruleId + "\"",
                    "\"ruleId\":\"" + ruleId + "\"", "\"position\":\"monitor\"", "\"status\":\"introduced\"");
            // tracked at birth: the tracking event names the first status, and no separate status change is sent
            assertThat(events).extracting(Event::type).containsExactly(TRACKED);
        }
        assertThat(api.post("/api/legislation/bills", staff, bill("AB " + (number + 1), word + " librarian pay",
                action("2025-01-05", "lower", "introduction"))).body()).contains("\"tracked\":false");
        assertThat(api.post("/api/legislation/bills", staff, bill("AB " + (number + 2), word + " library",
                action("2025-01-05", "lower", "introduction")).replace("\"ca\"", "\"tx\"")).body())
                .contains("\"tracked\":false");
    }

    @Test
    void aChangedBillThatNewlyMatchesIsTrackedAndImportsAreWatchedToo() {
        createRule(keywordRule());
        api.post("/api/legislation/bills", staff, bill("AB " + number, "Parks and recreation",
                action("2025-01-05", "lower", "introduction")));

        HttpResponse<String> changed = api.post("/api/legislation/bills", staff, bill("AB " + number,
                "Parks and the " + word + " library", action("2025-01-05", "lower", "introduction")));
        assertThat(changed.body()).contains("\"tracked\":true");

        HttpResponse<String> imported = api.send("POST", "/api/legislation/imports?jurisdiction=ca", staff, null,
                "application/x-ndjson", """
                        {"legislative_session":"2025-2026","identifier":"SB %d","title":"The %s Library Act","actions":[]}
                        """.formatted(number, word));
        assertThat(imported.body()).contains("\"created\":1");
        assertThat(api.get("/api/legislation/bills/ca-20252026-sb" + number, staff).body())
                .contains("\"tracked\":true", "\"position\":\"monitor\"");
    }

    @Test
    void aDryRunListsTodaysMatchesWithoutTrackingThem() {
        api.post("/api/legislation/bills", staff, bill("AB " + number, "The " + word + " Library Act",
                action("2025-01-05", "lower", "introduction")));
        api.post("/api/legislation/bills", staff, bill("AB " + (number + 1), "The " + word + " museum act",
                action("2025-01-05", "lower", "introduction")));
        createRule(keywordRule());

        HttpResponse<String> dryRun = api.get("/api/legislation/watch-rules/" + ruleId + "/dry-run", staff);

        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(dryRun.body()).contains("\"matched\":1", "\"alreadyTracked\":0", "ca-20252026-ab" + number)
                .doesNotContain("ca-20252026-ab" + (number + 1));
        assertThat(api.get("/api/legislation/bills/ca-20252026-ab" + number, staff).body())
                .contains("\"tracked\":false");
    }

    @Test
    void rulesAreReadReplacedWithIfMatchAndDeleted() {
        HttpResponse<String> created = createRule(keywordRule());
        String path = "/api/legislation/watch-rules/" + ruleId;
        assertThat(api.get(path, staff).body()).contains("\"keywords\":[\"" + word + " library\"]",
                "\"jurisdictions\":[\"ca\"]", "\"createdBy\":\"staff-alice\"");
        assertThat(api.get("/api/legislation/watch-rules", staff).body()).contains(ruleId);

        String replacement = "{\"name\":\"Sponsor\",\"sponsors\":[\"Rivera\"],\"jurisdictions\":[\"ca\"]}";
        HttpResponse<String> replaced = api.send("PUT", path, staff, etag(created), "application/json", replacement);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.body()).contains("\"sponsors\":[\"Rivera\"]", "\"keywords\":[]");
        assertThat(api.send("PUT", path, staff, etag(created), "application/json", replacement).statusCode())
                .isEqualTo(412);

        assertThat(api.send("DELETE", path, staff, null, "application/json", null).statusCode()).isEqualTo(204);
        assertThat(api.get(path, staff).statusCode()).isEqualTo(404);
        ruleId = null;
    }

    @Test
    void aRuleNeedsACriterionAndValidDefaultsAndOnlyStaffManageRules() {
        HttpResponse<String> empty = api.post("/api/legislation/watch-rules", staff,
                "{\"name\":\" \",\"jurisdictions\":[\"California\"],\"defaults\":{\"position\":\"cheer\"}}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"name\"", "\"field\":\"jurisdictions[0]\"",
                "\"field\":\"defaults.position\"");
        assertThat(api.post("/api/legislation/watch-rules", staff, "{\"name\":\"all\"}").body())
                .contains("\"field\":\"keywords\"");
        assertThat(api.post("/api/legislation/watch-rules", identity.chapterOfficerToken("CA"), keywordRule())
                .statusCode()).isEqualTo(403);
    }
}

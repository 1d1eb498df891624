package org.chapterrelations.legislation.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chapterrelations.legislation.sync.FakeBillApis.congressAction;
import static org.chapterrelations.legislation.sync.FakeBillApis.congressCosponsor;
import static org.chapterrelations.legislation.sync.FakeBillApis.openStatesAction;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.legislation.sync.FakeBillApis.FakeBill;
import org.chapterrelations.legislation.sync.FakeBillApis.Request;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pollers against a local server in the APIs' published shapes: paging to the end, the cursor, re-runs that
 * store nothing twice, a bill changed between polls and while paging, rate limits and server errors, resuming
 * after a stopped run, one run per source, and what staff see of it all.
 */
@PlatformIntegrationTest(properties = {
        "legislation.sync.open-states.enabled=true",
        "legislation.sync.open-states.api-key=" + FakeBillApis.OPEN_STATES_KEY,
        "legislation.sync.open-states.jurisdictions=vt,nh,me,ri,de,ak,wy,id,ut",
        "legislation.sync.open-states.per-page=3",
        "legislation.sync.open-states.interval=PT1000H",
        "legislation.sync.congress.enabled=true",
        "legislation.sync.congress.api-key=" + FakeBillApis.CONGRESS_KEY,
        "legislation.sync.congress.page-size=2",
        "legislation.sync.congress.interval=PT1000H",
        "legislation.sync.http.max-attempts=3",
        "legislation.sync.http.backoff=PT1S",
        "legislation.sync.first-run-lookback=P3650D" })
class BillSyncTest {

    private static final FakeBillApis APIS = new FakeBillApis();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry registry) {
        registry.add("legislation.sync.open-states.base-url", APIS::url);
        registry.add("legislation.sync.congress.base-url", APIS::url);
    }

    @AfterAll
    static void stopApis() {
        APIS.close();
    }

    /** Waits are recorded, not spent. */
    @TestConfiguration
    static class RecordedWaits {

        static final List<Duration> WAITS = Collections.synchronizedList(new ArrayList<>());

        @Bean
        @Primary
        Sleeper recordingSleeper() {
            return WAITS::add;
        }
    }

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SyncStore store;

    @Autowired
    SyncRunner runner;

    @Autowired
    SyncSources sources;

    private LegislationApi api;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
        RecordedWaits.WAITS.clear();
    }

    @Test
    void openStatesIsPagedToTheEndAndARerunStoresNothingTwice() {
        List<FakeBill> bills = openStatesBills("vt", 7);
        bills.get(6).actions.add(openStatesAction("2026-02-10", "lower", "passage", 3));

        JsonNode first = runToEnd("open-states:vt");

        assertThat(first.path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(first.path("lastRun").path("created").asInt()).isEqualTo(7);
        assertThat(first.path("lastRun").path("rejected").asInt()).isZero();
        assertThat(first.path("cursor").asString()).isEqualTo(bills.get(6).updatedAt.toString());
        assertThat(bill("vt-2026-h106").path("status").asString()).isEqualTo("passed-one-chamber");
        assertThat(bill("vt-2026-h100").path("status").asString()).isEqualTo("in-committee");
        Request asked = APIS.requests("/bills").stream()
                .filter(r -> r.param("jurisdiction").contains("state:vt")).findFirst().orElseThrow();
        assertThat(asked.apiKeyHeader()).isEqualTo(FakeBillApis.OPEN_STATES_KEY);
        assertThat(asked.param("sort")).isEqualTo("updated_asc");
        assertThat(asked.query().get("include")).contains("sponsorships", "actions", "abstracts", "versions");
        assertThat(asked.param("jurisdiction")).isEqualTo("ocd-jurisdiction/country:us/state:vt/government");

        int before = APIS.requests("/bills").size();
        JsonNode again = runToEnd("open-states:vt");

        assertThat(again.path("lastRun").path("created").asInt()).isZero();
        assertThat(again.path("lastRun").path("updated").asInt()).isZero();
        assertThat(again.path("lastRun").path("unchanged").asInt()).isEqualTo(1);
        // the rerun starts at the cursor less the overlap (5 minutes), not at the beginning
        assertThat(APIS.requests("/bills").get(before).param("updated_since"))
                .isEqualTo(bills.get(6).updatedAt.minus(Duration.ofMinutes(5)).toString());
        assertThat(searchCount("vt")).isEqualTo(7);
    }

    @Test
    void aBillChangedBetweenPollsIsUpdatedOnTheNextPoll() {
        List<FakeBill> bills = openStatesBills("de", 2);
        runToEnd("open-states:de");
        assertThat(bill("de-2026-h100").path("status").asString()).isEqualTo("in-committee");

        FakeBill changed = bills.get(0);
        changed.actions.add(openStatesAction("2026-04-01", "lower", "passage", 3));
        changed.updatedAt = T0.plus(Duration.ofDays(30));
        JsonNode next = runToEnd("open-states:de");

        assertThat(next.path("lastRun").path("updated").asInt()).isEqualTo(1);
        assertThat(next.path("lastRun").path("created").asInt()).isZero();
        assertThat(next.path("cursor").asString()).isEqualTo(changed.updatedAt.toString());
        assertThat(bill("de-2026-h100").path("status").asString()).isEqualTo("passed-one-chamber");
        assertThat(searchCount("de")).isEqualTo(2);
    }

    @Test
    void aBillUpdatedWhileTheRunPagesSkipsNoOtherBill() {
        // Oldest update first, three a page: updating the first bill after page 1 moves it to the end, so asking
        // for page 2 would start at the fifth bill and never see the fourth.
        List<FakeBill> bills = openStatesBills("nh", 7);
        APIS.onRequest(APIS.requests("").size() + 2, request -> {
            bills.get(0).actions.add(openStatesAction("2026-04-01", "lower", "passage", 3));
            bills.get(0).updatedAt = T0.plus(Duration.ofDays(30));
        });

        JsonNode run = runToEnd("open-states:nh");

        assertThat(run.path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(run.path("lastRun").path("created").asInt()).isEqualTo(7);
        assertThat(searchCount("nh")).isEqualTo(7);
        assertThat(bill("nh-2026-h103").path("identifier").asString()).isEqualTo("H 103");
        assertThat(bill("nh-2026-h100").path("status").asString()).isEqualTo("passed-one-chamber");
    }

    @Test
    void rateLimitsAndServerErrorsAreWaitedOutAndTheRunGoesOn() {
        openStatesBills("me", 2);
        APIS.thenAnswer(429, "7");
        APIS.thenAnswer(500, null);

        JsonNode run = runToEnd("open-states:me");

        assertThat(run.path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(run.path("lastRun").path("created").asInt()).isEqualTo(2);
        // Retry-After: 7 is waited as asked; the 500 on the second try backs off 1 s x 2
        assertThat(RecordedWaits.WAITS).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }

    @Test
    void aRateLimitLongerThanTheLongestWaitOrARefusedKeyEndsTheRunAtOnce() {
        openStatesBills("ut", 1);
        APIS.thenAnswer(429, "3600");

        JsonNode limited = runToEnd("open-states:ut").path("lastRun");

        assertThat(limited.path("outcome").asString()).isEqualTo("failed");
        assertThat(limited.path("error").path("status").asInt()).isEqualTo(429);
        assertThat(limited.path("error").path("message").asString()).contains("Retry-After 3600");

        APIS.thenAnswer(401, null);
        JsonNode refused = runToEnd("open-states:ut").path("lastRun");

        assertThat(refused.path("error").path("status").asInt()).isEqualTo(401);
        assertThat(refused.path("error").path("message").asString()).isEqualTo("GET /bills answered 401");
        assertThat(RecordedWaits.WAITS).isEmpty();
        assertThat(runToEnd("open-states:ut").path("lastRun").path("created").asInt()).isEqualTo(1);
    }

    @Test
    void aRunStoppedByServerErrorsRecordsThemAndTheNextRunResumesWithoutGaps() {
        List<FakeBill> bills = openStatesBills("ri", 7);
        int start = APIS.requests("").size();
        // pages 1 and 2 are stored; page 3 answers 500 to every try
        APIS.onRequest(start + 3, request -> IntStream.range(0, 3).forEach(i -> APIS.thenAnswer(500, null)));

        JsonNode stopped = runToEnd("open-states:ri");

        JsonNode lastRun = stopped.path("lastRun");
        assertThat(lastRun.path("outcome").asString()).isEqualTo("failed");
        assertThat(lastRun.path("pages").asInt()).isEqualTo(2);
        assertThat(lastRun.path("created").asInt()).isEqualTo(5);
        assertThat(lastRun.path("error").path("status").asInt()).isEqualTo(500);
        assertThat(lastRun.path("error").path("message").asString()).isEqualTo("GET /bills answered 500 after 3 attempts");
        assertThat(lastRun.path("error").path("at").asString()).isNotBlank();
        assertThat(stopped.path("cursor").asString()).isEqualTo(bills.get(4).updatedAt.toString());
        assertThat(searchCount("ri")).isEqualTo(5);

        JsonNode resumed = runToEnd("open-states:ri");

        assertThat(resumed.path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(resumed.path("lastRun").path("error").isNull()).isTrue();
        assertThat(resumed.path("lastRun").path("created").asInt()).isEqualTo(2);
        assertThat(resumed.path("lastRun").path("unchanged").asInt()).isEqualTo(1);
        assertThat(searchCount("ri")).isEqualTo(7);
        assertThat(resumed.path("cursor").asString()).isEqualTo(bills.get(6).updatedAt.toString());
    }

    @Test
    void twoRunsRacingForOneSourceRunItOnce() throws Exception {
        openStatesBills("ak", 2);
        CountDownLatch release = new CountDownLatch(1);
        APIS.onRequest(APIS.requests("").size() + 1, request -> waitFor(release));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(callers.submit(() -> {
                    together.await();
                    return api.post("/api/legislation/sync/sources/open-states:ak/runs", staff, "").statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(20, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(202, 409);
            assertThat(source("open-states:ak").path("running").asBoolean()).isTrue();
            HttpResponse<String> busy = api.post("/api/legislation/sync/sources/open-states:ak/runs", staff, "");
            assertThat(busy.statusCode()).isEqualTo(409);
            assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(busy.body()).contains("a run of open-states:ak is under way");
        }
        finally {
            release.countDown();
            callers.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !source("open-states:ak").path("running").asBoolean());
        assertThat(APIS.requests("/bills").stream().filter(r -> r.param("jurisdiction").contains("state:ak"))).hasSize(1);
        assertThat(searchCount("ak")).isEqualTo(2);

        // of many instances asking for the lease at once, one gets it
        Instant now = Instant.now();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String owner = "instance-" + i;
                takes.add(instances.submit(() -> store.lease("race-test", owner, now, now.plusSeconds(60)).isPresent()));
            }
            long taken = 0;
            for (Future<Boolean> take : takes) {
                taken += take.get(20, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        }
        finally {
            instances.shutdown();
        }
    }

    @Test
    void aSourceLeftHeldByACrashedInstanceIsTakenOverOnceItsLeaseEnds() {
        String id = "open-states:wy";
        openStatesBills("wy", 1);
        String crashed = SyncLease.id(id, 1);
        mongo.insert(new SyncLease(crashed, id, 1, "crashed", Instant.now().plus(Duration.ofHours(1)), false));

        assertThat(api.post("/api/legislation/sync/sources/" + id + "/runs", staff, "").statusCode()).isEqualTo(409);

        mongo.updateFirst(Query.query(Criteria.where("_id").is(crashed)),
                new Update().set("until", Instant.now().minusSeconds(1)), SyncLease.class);
        assertThat(api.post("/api/legislation/sync/sources/" + id + "/runs", staff, "").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !source(id).path("running").asBoolean());
        assertThat(source(id).path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(bill("wy-2026-h100").path("status").asString()).isEqualTo("in-committee");
    }

    @Test
    void aRunWhoseLeaseWasTakenOverStopsWithoutMovingTheCursor() {
        openStatesBills("id", 7);
        BillSource source = sources.find("open-states:id").orElseThrow();
        SyncRunner.Lease lease = runner.tryStart(source, "test").orElseThrow();
        // while page 1 is read, the lease expires and another instance takes the source
        APIS.onRequest(APIS.requests("").size() + 1, request -> mongo.insert(new SyncLease(
                SyncLease.id(source.id(), lease.held().generation() + 1), source.id(), lease.held().generation() + 1,
                "other-instance", Instant.now().plus(Duration.ofHours(1)), false)));

        runner.run(lease);

        assertThat(APIS.requests("/bills").stream().filter(r -> r.param("jurisdiction").contains("state:id"))).hasSize(1);
        JsonNode seen = source("open-states:id");
        assertThat(seen.path("cursor").isNull()).isTrue();
        assertThat(seen.path("running").asBoolean()).isTrue();
        assertThat(seen.path("lastRun").path("outcome").asString()).isEqualTo("running");
        assertThat(seen.path("lastRun").path("pages").asInt()).isZero();
    }

    @Test
    void congressBillsAreReadWholeWithEveryPageOfTheirActionsAndCosponsors() {
        FakeBill passed = APIS.add("us", "HR 9901", "Library Broadband Act", T0);
        // newest first, as Congress.gov lists them
        passed.actions.add(congressAction("2026-02-10", "Passed/agreed to in House: On passage Passed by voice vote.", "8000"));
        passed.actions.add(congressAction("2026-01-06", "Referred to the House Committee on Education and Workforce.", "H11100"));
        passed.actions.add(congressAction("2026-01-05", "Introduced in House", "1000"));
        passed.cosponsors.add(congressCosponsor("Rep. Lee, Barbara [D-CA-12]", "D"));
        passed.cosponsors.add(congressCosponsor("Rep. Kim, Young [R-CA-40]", "R"));
        passed.cosponsors.add(congressCosponsor("Rep. Chu, Judy [D-CA-28]", "D"));
        APIS.add("us", "HR 9902", "School Library Act", T0.plusSeconds(3600)).actions
                .add(congressAction("2026-01-05", "Introduced in House", "1000"));
        APIS.add("us", "S 9903", "Rural Libraries Act", T0.plusSeconds(7200));

        JsonNode run = runToEnd("congress");

        assertThat(run.path("lastRun").path("outcome").asString()).isEqualTo("succeeded");
        assertThat(run.path("lastRun").path("created").asInt()).isEqualTo(3);
        assertThat(run.path("cursor").asString()).isEqualTo(T0.plusSeconds(7200).toString());
        JsonNode bill = bill("us-119-hr9901");
        assertThat(bill.path("status").asString()).isEqualTo("passed-one-chamber");
        assertThat(bill.path("actions")).hasSize(3);
        assertThat(StreamSupport.stream(bill.path("sponsorships").spliterator(), false)
                .map(s -> s.path("classification").asString()))
                .containsExactly("sponsor", "cosponsor", "cosponsor", "cosponsor");
        assertThat(bill("us-119-s9903").path("title").asString()).isEqualTo("Rural Libraries Act");
        List<Request> asked = APIS.requests("/bill/119/hr/9901/actions");
        assertThat(asked).extracting(r -> r.param("offset")).containsExactly("0", "2");
        assertThat(APIS.requests("/bill").stream().filter(r -> !r.path().equals("/bills"))).allSatisfy(r -> assertThat(r.param("api_key")).isEqualTo(FakeBillApis.CONGRESS_KEY));
        Request list = APIS.requests("/bill").stream().filter(r -> r.path().equals("/bill")).findFirst().orElseThrow();
        assertThat(list.param("sort")).isEqualTo("updateDate asc");
        assertThat(list.param("fromDateTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        // a second poll stores nothing twice; an error's message never carries the key
        APIS.onRequest(APIS.requests("").size() + 2, request -> IntStream.range(0, 3).forEach(i -> APIS.thenAnswer(503, null)));
        JsonNode failed = runToEnd("congress");
        assertThat(failed.path("lastRun").path("created").asInt()).isZero();
        assertThat(failed.path("lastRun").path("error").path("status").asInt()).isEqualTo(503);
        assertThat(failed.path("lastRun").path("error").path("message").asString())
                .startsWith("GET /bill/119/s/9903 answered 503").doesNotContain(FakeBillApis.CONGRESS_KEY);
        assertThat(runToEnd("congress").path("lastRun").path("created").asInt()).isZero();
    }

    @Test
    void onlyStaffSeeAndRunTheSources() {
        HttpResponse<String> list = api.get("/api/legislation/sync/sources", staff);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"open-states:vt\"", "\"provider\":\"open-states\"",
                "\"jurisdiction\":\"vt\"", "\"id\":\"congress\"", "\"enabled\":true");
        assertThat(api.get("/api/legislation/sync/sources", identity.chapterOfficerToken("chapter-1")).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/legislation/sync/sources", null).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/legislation/sync/sources/congress/runs", identity.chapterOfficerToken("chapter-1"), "")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = api.post("/api/legislation/sync/sources/open-states:zz/runs", staff, "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** Bills an hour apart from T0: H 100, H 101, ..., introduced and referred to a committee. */
    private static List<FakeBill> openStatesBills(String jurisdiction, int count) {
        List<FakeBill> bills = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeBill bill = APIS.add(jurisdiction, "H " + (100 + i), "Public libraries act " + i,
                    T0.plus(Duration.ofHours(i)));
            bill.actions.add(openStatesAction("2026-01-0" + (1 + i % 5), "lower", "introduction", 1));
            bill.actions.add(openStatesAction("2026-01-0" + (1 + i % 5), "lower", "referral-committee", 2));
            bills.add(bill);
        }
        return bills;
    }

    /** Starts a run through the API and waits for it to end; the source as staff then see it. */
    private JsonNode runToEnd(String id) {
        HttpResponse<String> started = api.post("/api/legislation/sync/sources/" + id + "/runs", staff, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !source(id).path("running").asBoolean());
        return source(id);
    }

    private JsonNode source(String id) {
        JsonNode sources = JSON.readTree(api.get("/api/legislation/sync/sources", staff).body());
        return StreamSupport.stream(sources.spliterator(), false).filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private JsonNode bill(String id) {
        HttpResponse<String> response = api.get("/api/legislation/bills/" + id, staff);
        assertThat(response.statusCode()).as(id).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int searchCount(String jurisdiction) {
        return JSON.readTree(api.get("/api/legislation/bills?jurisdiction=" + jurisdiction + "&size=100", staff).body())
                .path("page").path("totalElements").asInt();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}

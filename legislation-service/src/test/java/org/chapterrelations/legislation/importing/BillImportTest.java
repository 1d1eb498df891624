package org.chapterrelations.legislation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.legislation.support.LegislationApi.eventsUntil;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.legislation.support.LegislationApi.Event;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing files in the three published shapes; a re-import changes and emits nothing. */
@PlatformIntegrationTest
class BillImportTest {

    private static final String STATUS_CHANGED = "legislation.BillStatusChanged.v1";
    private static final String UPDATED = "legislation.BillUpdated.v1";

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private LegislationApi api;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
    }

    private HttpResponse<String> importFile(String query, String contentType, String body) {
        return api.send("POST", "/api/legislation/imports" + query, staff, null, contentType, body);
    }

    @Test
    void scrapedOpenStatesBillsImportOnePerLineAndBadLinesAreReportedWithoutStoppingTheRest() {
        String file = fixture("openstates-scrape-ca.ndjson");
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(LegislationApi.BILLS_TOPIC)) {
            HttpResponse<String> first = importFile("?jurisdiction=ca", "application/x-ndjson", file);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"created\":3", "\"updated\":0", "\"unchanged\":0", "\"rejected\":2",
                    "{\"position\":\"line 3\",\"reason\":\"not valid JSON", "{\"position\":\"line 4\",\"reason\":\"title");
            HttpResponse<String> bill = api.get("/api/legislation/bills/ca-20252026-ab1234", staff);
            assertThat(bill.body()).contains("\"identifier\":\"AB 1234\"", "\"status\":\"passed-one-chamber\"",
                    "{\"name\":\"Wiener\",\"primary\":false,\"classification\":\"cosponsor\",\"party\":null,"
                            + "\"chamber\":\"upper\"}",
                    "\"chamber\":\"lower\",\"classifications\":[\"passage\"],\"order\":3",
                    "\"mediaType\":\"text/html\"", "\"session\":{\"identifier\":\"20252026\"");
            assertThat(api.get("/api/legislation/bills/ca-20252026-ab77", staff).body())
                    .contains("\"status\":\"failed\"");
            eventsUntil(consumer, "ca-20252026-ab1234", STATUS_CHANGED);
            Map<String, String> etags = etags(List.of("ca-20252026-ab1234", "ca-20252026-sb56", "ca-20252026-ab77"));

            HttpResponse<String> again = importFile("?jurisdiction=ca", "application/x-ndjson", file);

            assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":3", "\"rejected\":2");
            assertThat(etags(List.copyOf(etags.keySet()))).isEqualTo(etags);

            // Only the real change of a third import is published: the next event of the bill is its update.
            importFile("?jurisdiction=ca", "application/x-ndjson",
                    file.replace("Public libraries: broadband access grants.", "Public libraries: broadband."));
            List<Event> events = eventsUntil(consumer, "ca-20252026-ab1234", UPDATED);
            assertThat(events).extracting(Event::type).containsExactly(UPDATED);
            assertThat(events.get(0).json()).contains("\"changedFields\":[\"title\"]");
        }
    }

    @Test
    void anOpenStatesV3PageIsDetectedAndEachResultImported() {
        HttpResponse<String> response = importFile("", "application/json", fixture("openstates-v3-page.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":2", "\"rejected\":0");
        assertThat(api.get("/api/legislation/bills/tx-89r-hb900", staff).body()).contains(
                "\"jurisdiction\":\"tx\"", "\"status\":\"enacted\"", "\"party\":\"Republican\"",
                "{\"status\":\"passed-both-chambers\",\"since\":\"2025-05-20\",\"actionOrder\":4}",
                "\"firstActionDate\":\"2024-11-12\"", "\"subjects\":[\"Education\",\"Libraries\"]");
        assertThat(api.get("/api/legislation/bills/ny-20252026-a5112", staff).body())
                .contains("\"status\":\"in-committee\"", "\"otherTitles\":[{\"title\":\"ESTABLISHES");
    }

    @Test
    void congressGovBillsImportWithAndWithoutInlinedActions() {
        HttpResponse<String> response = importFile("?format=congress", "application/json",
                fixture("congress-bills.json"));

        assertThat(response.body()).contains("\"created\":2", "\"rejected\":0");
        assertThat(api.get("/api/legislation/bills/us-119-hr1482", staff).body()).contains(
                "\"identifier\":\"H.R. 1482\"", "\"session\":{\"identifier\":\"119\",\"name\":\"119th Congress\"}",
                "\"status\":\"in-committee\"", "\"party\":\"Democratic\"", "\"subjects\":[\"Education\"]");
        assertThat(api.get("/api/legislation/bills/us-118-s1234", staff).body()).contains(
                "\"status\":\"enacted\"", "\"classification\":\"cosponsor\"",
                "{\"status\":\"passed-both-chambers\",\"since\":\"2023-12-12\"",
                "\"mediaType\":\"application/pdf\"", "\"Libraries and archives\"",
                "\"otherTitles\":[{\"title\":\"A bill to make libraries eligible");
    }

    @Test
    void scrapedBillsWithoutAJurisdictionAreRejectedWithTheReason() {
        HttpResponse<String> response = importFile("", "application/json",
                "[" + fixture("openstates-scrape-ca.ndjson").lines().findFirst().orElseThrow() + "]");

        assertThat(response.body()).contains("\"created\":0", "\"rejected\":1", "\"position\":\"record 1\"",
                "jurisdiction unknown");
    }

    @Test
    void aSyntaxErrorInAJsonArrayKeepsTheRecordsBeforeIt() {
        HttpResponse<String> response = importFile("?format=openstates-scrape&jurisdiction=wa", "application/json", """
                [{"legislative_session":"2025-2026","identifier":"HB 1001","title":"Library districts",
                  "actions":[{"organization":"~{\\"classification\\": \\"lower\\"}","description":"First reading",
                  "date":"2025-01-13","classification":["introduction","reading-1"]}]},
                 {"legislative_session": oops}]""");

        assertThat(response.body()).contains("\"created\":1", "\"rejected\":1", "\"position\":\"record 2\"");
        assertThat(api.get("/api/legislation/bills/wa-20252026-hb1001", staff).body())
                .contains("\"status\":\"introduced\"");
    }

    @Test
    void actionsListedNewestFirstGiveTheStatusOfTheLatestAndKeepTheirTimesAndChambers() {
        // as Open States scraper output often has them: newest first, with times, chambers as pseudo-ids
        String bill = """
                {"legislative_session":"2025-2026","identifier":"AB 404","title":"Library services: study","actions":[
                 {"organization_id":"~{\\"classification\\": \\"lower\\"}","description":"Held in committee.",
                  "date":"2025-04-01T17:00:00+00:00","classification":["committee-failure"]},
                 {"organization_id":"~{\\"classification\\": \\"lower\\"}","description":"Referred to Com. on ED.",
                  "date":"2025-03-10","classification":["referral-committee"]},
                 {"organization_id":"~{\\"classification\\": \\"lower\\"}","description":"Read first time.",
                  "date":"2025-03-10","classification":["reading-1"]},
                 {"organization_id":"~{\\"classification\\": \\"lower\\"}","description":"Introduced.",
                  "date":"2025-02-20T09:30:00+00:00","classification":["introduction"]}]}""".replace("\n", "");

        assertThat(importFile("?jurisdiction=ca", "application/x-ndjson", bill + "\n").body()).contains("\"created\":1");

        String stored = api.get("/api/legislation/bills/ca-20252026-ab404", staff).body();
        assertThat(stored).contains("\"status\":\"failed\"",
                "{\"date\":\"2025-02-20\",\"time\":\"2025-02-20T09:30:00+00:00\",\"description\":\"Introduced.\","
                        + "\"chamber\":\"lower\",\"classifications\":[\"introduction\"],\"order\":1}",
                "\"description\":\"Read first time.\",\"chamber\":\"lower\",\"classifications\":[\"reading-1\"],\"order\":2",
                "\"description\":\"Referred to Com. on ED.\",\"chamber\":\"lower\",\"classifications\":[\"referral-committee\"],"
                        + "\"order\":3",
                "\"time\":\"2025-04-01T17:00:00+00:00\",\"description\":\"Held in committee.\",\"chamber\":\"lower\","
                        + "\"classifications\":[\"committee-failure\"],\"order\":4");
        assertThat(importFile("?jurisdiction=ca", "application/x-ndjson", bill + "\n").body())
                .contains("\"unchanged\":1");
    }

    @Test
    void aSponsorsChamberIsReadFromThePseudoPersonIdTheScraperWrites() {
        // openstates-core's add_sponsorship(name, ..., chamber="upper") leaves organization_id out for a person
        String bill = """
                {"legislative_session":"2025-2026","identifier":"SB 77","title":"Library construction bonds",
                 "sponsorships":[{"name":"Lee","entity_type":"person","primary":true,"classification":"primary",
                   "person_id":"~{\\"name\\": \\"Lee\\", \\"primary_org\\": \\"upper\\"}"},
                  {"name":"Ortiz","entity_type":"person","primary":false,"classification":"cosponsor",
                   "person_id":"~{\\"name\\": \\"Ortiz\\"}"}],"actions":[]}""".replace("\n", "");

        assertThat(importFile("?jurisdiction=ca", "application/x-ndjson", bill + "\n").body()).contains("\"created\":1");

        assertThat(api.get("/api/legislation/bills/ca-20252026-sb77", staff).body()).contains(
                "{\"name\":\"Lee\",\"primary\":true,\"classification\":\"primary\",\"party\":null,"
                        + "\"chamber\":\"upper\"}",
                "{\"name\":\"Ortiz\",\"primary\":false,\"classification\":\"cosponsor\",\"party\":null,"
                        + "\"chamber\":null}");
    }

    @Test
    void aBillTwiceInOneFileIsCreatedThenUpdatedByItsLaterCopy() {
        String first = """
                {"legislative_session":"2025-2026","identifier":"HB 2002","title":"Library districts","actions":[]}""";
        HttpResponse<String> response = importFile("?jurisdiction=or", "application/x-ndjson",
                first + "\n" + first + "\n" + first.replace("Library districts", "Library district elections") + "\n");

        assertThat(response.body()).contains("\"created\":1", "\"updated\":1", "\"unchanged\":1");
        assertThat(api.get("/api/legislation/bills/or-20252026-hb2002", staff).body())
                .contains("\"title\":\"Library district elections\"");
    }

    @Test
    void theFormatMustBeKnownAndOnlyStaffImport() {
        assertThat(importFile("?format=csv", "application/json", "[]").body()).contains("\"field\":\"format\"");
        assertThat(api.send("POST", "/api/legislation/imports", identity.chapterOfficerToken("CA"), null,
                "application/json", "[]").statusCode()).isEqualTo(403);
    }

    private Map<String, String> etags(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> LegislationApi.etag(api.get("/api/legislation/bills/" + id, staff))));
    }

    private static String fixture(String name) {
        try (InputStream in = BillImportTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.legislation.support.LegislationApi.action;
import static org.chapterrelations.legislation.support.LegislationApi.bill;
import static org.chapterrelations.legislation.support.LegislationApi.etag;

import java.net.http.HttpResponse;

import org.chapterrelations.legislation.support.LegislationApi;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Searching bills, the per-jurisdiction summary and the CSV export; each test has a session of its own. */
@PlatformIntegrationTest
class BillSearchTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();
    private final String staff = identity.staffToken();

    @LocalServerPort
    int port;

    private LegislationApi api;
    private String session;
    private String base;

    @BeforeEach
    void setUp() {
        api = new LegislationApi(port);
        session = "s" + LegislationApi.uniqueNumber();
        base = "/api/legislation/bills?session=" + session;
    }

    private String create(String identifier, String title, String... actions) {
        HttpResponse<String> response = api.post("/api/legislation/bills", staff,
                bill(identifier, title, actions).replace("2025-2026", session));
        assertThat(response.statusCode()).isEqualTo(201);
        return etag(response);
    }

    private String id(String normalised) {
        return "ca-" + session + "-" + normalised;
    }

    @Test
    void textMatchesWordsOfTitlesAndTheIdentifierHoweverItIsWritten() {
        create("AB 10", "Public libraries: broadband grants", action("2025-01-05", "lower", "introduction"));
        create("AB 11", "Vehicles: license plates", action("2025-01-06", "lower", "introduction"));

        assertThat(api.get(base + "&q=broadband%20librar", staff).body()).contains(id("ab10")).doesNotContain(id("ab11"));
        assertThat(api.get(base + "&q=a.b.%2011", staff).body()).contains(id("ab11")).doesNotContain(id("ab10"));
        assertThat(api.get(base + "&q=ab11", staff).body()).contains(id("ab11"));
        assertThat(api.get(base + "&q=rail", staff).body()).contains("\"totalElements\":0");
    }

    @Test
    void filtersCombineAndPagesAreSorted() {
        String etag = create("AB 20", "Library construction bonds", action("2025-01-05", "lower", "introduction"),
                action("2025-02-05", "lower", "referral-committee"));
        create("AB 21", "Archives: digitisation", action("2025-01-05", "lower", "introduction"));
        create("AB 22", "Broadband in rural areas", action("2025-01-05", "lower", "introduction"));
        api.patchPosition(id("ab20"), staff, etag, "{\"position\":\"support\",\"priority\":\"high\",\"issueAreas\":[\"funding\"]}");

        assertThat(api.get(base + "&status=in-committee", staff).body()).contains(id("ab20"))
                .contains("\"totalElements\":1");
        assertThat(api.get(base + "&tracked=true&position=support&priority=high&issueArea=funding&subject=libraries",
                staff).body()).contains(id("ab20"), "\"totalElements\":1");
        assertThat(api.get(base + "&tracked=false", staff).body()).contains("\"totalElements\":2");
        assertThat(api.get(base + "&updatedSince=2000-01-01", staff).body()).contains("\"totalElements\":3");
        HttpResponse<String> page = api.get(base + "&sort=title,asc&size=2&page=0", staff);
        assertThat(page.body()).contains("\"totalElements\":3", "\"totalPages\":2", "\"size\":2");
        assertThat(page.body().indexOf("Archives")).isLessThan(page.body().indexOf("Broadband"));
        assertThat(page.body()).doesNotContain("Library construction");
    }

    @Test
    void anonymousCallersFindOnlyTrackedBillsWithAPublicPosition() {
        String supported = create("AB 30", "Library card privacy", action("2025-01-05", "lower", "introduction"));
        String monitored = create("AB 31", "Library hours", action("2025-01-05", "lower", "introduction"));
        create("AB 32", "Library parking", action("2025-01-05", "lower", "introduction"));
        api.patchPosition(id("ab30"), staff, supported, "{\"position\":\"support\",\"owner\":\"jlee\"}");
        api.patchPosition(id("ab31"), staff, monitored, "{\"position\":\"monitor\"}");

        HttpResponse<String> anonymous = api.get(base, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains(id("ab30"), "\"totalElements\":1").doesNotContain("jlee");
        assertThat(api.get(base, identity.chapterOfficerToken("CA")).body()).contains("\"totalElements\":3");
    }

    @Test
    void badFiltersAndSortsAreNamed() {
        assertThat(api.get(base + "&status=asleep", staff).body()).contains("\"field\":\"status\"");
        assertThat(api.get(base + "&sort=secret", staff).body()).contains("\"field\":\"sort\"");
        assertThat(api.get(base + "&updatedSince=yesterday", staff).statusCode()).isEqualTo(400);
    }

    @Test
    void theSummaryCountsEachJurisdictionsBillsByStatusAndPosition() {
        String etag = create("AB 40", "Library bonds", action("2025-01-05", "lower", "introduction"));
        create("AB 41", "Library staff", action("2025-01-05", "lower", "introduction"),
                action("2025-03-05", "lower", "passage"));
        create("AB 42", "Library hours", action("2025-01-05", "lower", "introduction"));
        api.patchPosition(id("ab40"), staff, etag, "{\"position\":\"oppose\"}");

        HttpResponse<String> summary = api.get("/api/legislation/summary?session=" + session, staff);

        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).isEqualTo("{\"jurisdictions\":[{\"jurisdiction\":\"ca\",\"total\":3,\"tracked\":1,"
                + "\"byStatus\":{\"introduced\":2,\"passed-one-chamber\":1},\"byPosition\":{\"oppose\":1}}]}");
        assertThat(api.get("/api/legislation/summary", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theCsvExportHasEveryMatchAndDefusesSpreadsheetFormulas() {
        create("AB 50", "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")", action("2025-01-05", "lower",
                "introduction"));
        create("AB 51", "Libraries, archives and museums", action("2025-01-05", "lower", "introduction"));

        HttpResponse<String> csv = api.get("/api/legislation/bills.csv?session=" + session, staff);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,jurisdiction,session,identifier,title,status,")
                .contains(id("ab50") + ",ca," + session + ",AB 50,\"'=HYPERLINK(\"\"http://evil.example\"\",")
                .contains(",\"Libraries, archives and museums\",introduced,2025-01-05,2025-01-05,Libraries,Rivera,false")
                .contains("\r\n");
        assertThat(csv.body().lines()).hasSize(3);
        assertThat(api.get("/api/legislation/bills.csv", null).statusCode()).isEqualTo(401);
    }
}

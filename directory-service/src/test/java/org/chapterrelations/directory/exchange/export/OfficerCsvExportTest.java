package org.chapterrelations.directory.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.exchange.export.ExportApi.TODAY;
import static org.chapterrelations.directory.exchange.export.ExportApi.expect;
import static org.chapterrelations.directory.exchange.export.ExportApi.parseCsv;

import java.net.http.HttpResponse;
import java.util.List;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The spreadsheet of current leaders across chapters: who is on it, on which day, and which columns whom. */
@PlatformIntegrationTest
class OfficerCsvExportTest {

    private static final String PATH = "/api/directory/officers/export.csv";
    private static final List<String> PUBLIC_HEADER = List.of("chapterCode", "chapterName", "role", "personName",
            "start", "end");

    @LocalServerPort
    int port;

    private ExportApi api;
    private String north;
    private String south;

    @BeforeEach
    void twoChaptersWithCouncilors() {
        api = new ExportApi(port);
        String tag = ExportApi.uniqueTag();
        north = tag + "N";
        south = tag + "S";
        api.registerChapter("""
                {"code":"%s","name":"North, \\"Upper\\" Libraries","kind":"state","state":"MN"}""".formatted(north));
        api.registerChapter("""
                {"code":"%s","name":"South Libraries","kind":"state","state":"TX"}""".formatted(south));
        String ann = person("Ann", "Berg", "ann@example.org");
        String bo = person("Bo", "Diaz", "bo@example.org");
        String cy = person("Cy", "Former", "cy@example.org");
        api.appoint(north, ann, "councilor", TODAY.minusMonths(2), null);
        api.appoint(north, ann, "president", TODAY.minusMonths(2), TODAY.plusYears(1));
        api.appoint(south, bo, "councilor", TODAY.minusMonths(1), null);
        api.appoint(south, cy, "councilor", TODAY.minusYears(2), TODAY.minusMonths(2));
    }

    @Test
    void everyCurrentHolderOfTheOfficeIsARowWithTheirChapter() {
        HttpResponse<String> response = expect(api.get(PATH + "?role=councilor", null), 200);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .matches("(?i)text/csv; ?charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"officers.csv\"");
        List<List<String>> csv = parseCsv(response.body());
        assertThat(csv.get(0)).isEqualTo(PUBLIC_HEADER);
        assertThat(ours(csv)).containsExactly(
                List.of(north, "North, \"Upper\" Libraries", "councilor", "Ann Berg", TODAY.minusMonths(2).toString(),
                        ""),
                List.of(south, "South Libraries", "councilor", "Bo Diaz", TODAY.minusMonths(1).toString(), ""));
    }

    @Test
    void withoutARoleEveryOfficeIsListed() {
        List<List<String>> csv = parseCsv(expect(api.get(PATH, null), 200).body());

        assertThat(ours(csv).stream().map(row -> row.get(0) + " " + row.get(2)))
                .containsExactlyInAnyOrder(north + " president", north + " councilor", south + " councilor");
    }

    @Test
    void atNamesTheDayWhoseLeadersAreListed() {
        List<List<String>> csv = parseCsv(expect(api.get(PATH + "?role=councilor&at=" + TODAY.minusYears(1), null),
                200).body());

        assertThat(ours(csv).stream().map(row -> row.get(3))).containsExactly("Cy Former");
        assertThat(ours(csv).get(0).get(5)).isEqualTo(TODAY.minusMonths(2).toString());
    }

    @Test
    void onlyStaffGetEmailAndPhoneColumns() {
        String path = PATH + "?role=councilor";
        List<List<String>> anonymous = parseCsv(api.get(path, null).body());
        List<List<String>> officer = parseCsv(api.get(path, api.identity.chapterOfficerToken(north)).body());
        List<List<String>> staff = parseCsv(api.get(path, api.staff).body());

        assertThat(anonymous.get(0)).isEqualTo(PUBLIC_HEADER);
        assertThat(officer.get(0)).isEqualTo(PUBLIC_HEADER);
        assertThat(api.get(path, api.identity.chapterOfficerToken(north)).body()).doesNotContain("ann@example.org");
        assertThat(staff.get(0)).endsWith("email", "phone");
        assertThat(ours(staff)).extracting(row -> row.subList(6, 8)).containsExactly(
                List.of("ann@example.org", "612-555-0101"), List.of("bo@example.org", "612-555-0101"));
    }

    @Test
    void anUnknownOfficeIsABadRequest() {
        HttpResponse<String> response = expect(api.get(PATH + "?role=librarian", null), 400);

        assertThat(response.body()).contains("\"field\":\"role\"");
    }

    private String person(String given, String family, String email) {
        return api.createPerson("""
                {"givenName":"%s","familyName":"%s","email":"%s","phone":"612-555-0101"}"""
                .formatted(given, family, email));
    }

    private List<List<String>> ours(List<List<String>> csv) {
        return csv.subList(1, csv.size()).stream().filter(row -> row.get(0).equals(north) || row.get(0).equals(south))
                .toList();
    }
}

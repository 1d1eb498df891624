package org.chapterrelations.directory.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.exchange.export.ExportApi.expect;
import static org.chapterrelations.directory.exchange.export.ExportApi.parseCsv;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.chapterrelations.directory.common.search.WordIndex;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The chapter spreadsheet: what it contains, for whom, and that it reads back as written. */
@PlatformIntegrationTest
class ChapterCsvExportTest {

    private static final String PATH = "/api/directory/chapters/export.csv";
    private static final List<String> PUBLIC_HEADER = List.of("code", "name", "kind", "state", "states", "status",
            "website", "publicEmail", "publicPhone", "street", "city", "addressState", "postalCode",
            "studentProgram", "foundedYear", "memberCountYear", "memberCount", "school", "parentChapterId");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ExportApi api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = new ExportApi(port);
        tag = ExportApi.uniqueTag();
    }

    @Test
    void everyFieldReadsBackAsWrittenEvenWithCommasQuotesAndLineBreaks() {
        String code = tag + "A";
        api.registerChapter("""
                {"code":"%s","name":"Oregon \\"Library\\", Inc. %s","kind":"state","state":"OR",
                 "website":"https://olaweb.org","publicEmail":"info@olaweb.org","publicPhone":"503-555-0100",
                 "mailingAddress":{"street":"100 Main St\\nSuite 5, Floor \\"B\\"","city":"Portland","state":"or",
                   "postalCode":"97201"},
                 "studentProgram":true,"foundedYear":1952,"memberCount":{"year":2024,"count":312},
                 "sampleData":true}""".formatted(code, code));

        HttpResponse<String> response = expect(api.get(PATH + "?q=" + code, null), 200);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .matches("(?i)text/csv; ?charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"chapters.csv\"");
        assertThat(parseCsv(response.body())).containsExactly(PUBLIC_HEADER, List.of(code,
                "Oregon \"Library\", Inc. " + code, "state", "OR", "OR", "active", "https://olaweb.org",
                "info@olaweb.org", "503-555-0100", "100 Main St\nSuite 5, Floor \"B\"", "Portland", "OR", "97201",
                "true", "1952", "2024", "312", "", ""));
        assertThat(response.body()).contains(",\"Oregon \"\"Library\"\", Inc. " + code + "\",");
    }

    /** A phone number starting with + is defused too: a spreadsheet would read it as a formula and show an error. */
    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        String code = tag + "F";
        api.registerChapter("""
                {"code":"%s","name":"=HYPERLINK(\\"https://evil.example\\",\\"Click\\") %s","kind":"state","state":"OR",
                 "publicPhone":"+1 (503) 555-0100",
                 "mailingAddress":{"street":"@SUM(1+1)","city":"-2+3+cmd|' /C calc'!A0","state":"OR","postalCode":"97201"}}"""
                .formatted(code, code));

        List<String> row = parseCsv(expect(api.get(PATH + "?q=" + code, null), 200).body()).get(1);

        assertThat(row.get(PUBLIC_HEADER.indexOf("name"))).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\") " + code);
        assertThat(row.get(PUBLIC_HEADER.indexOf("street"))).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(PUBLIC_HEADER.indexOf("city"))).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(row.get(PUBLIC_HEADER.indexOf("publicPhone"))).isEqualTo("'+1 (503) 555-0100");
        assertThat(row.get(PUBLIC_HEADER.indexOf("foundedYear"))).isEmpty();
    }

    @Test
    void aRegionalChaptersStatesAreJoinedWithSemicolons() {
        String code = tag + "R";
        api.registerChapter("""
                {"code":"%s","name":"Pacific Northwest %s","kind":"regional","state":"WA","states":["WA","OR","ID"]}"""
                .formatted(code, code));

        List<List<String>> csv = parseCsv(expect(api.get(PATH + "?q=" + code, null), 200).body());

        assertThat(csv.get(1).get(PUBLIC_HEADER.indexOf("states"))).isEqualTo("WA;OR;ID");
        assertThat(csv.get(1).get(PUBLIC_HEADER.indexOf("kind"))).isEqualTo("regional");
    }

    @Test
    void theExportHonoursTheChapterListFilters() {
        registerState(tag + "A", "OR", ",\"studentProgram\":true");
        registerState(tag + "B", "WA", "");
        api.registerChapter("""
                {"code":"%sC","name":"%sC Region","kind":"regional","state":"OR","states":["OR","WA"]}"""
                .formatted(tag, tag));

        assertThat(codes("?q=" + tag)).containsExactly(tag + "A", tag + "B", tag + "C");
        assertThat(codes("?q=" + tag.toLowerCase() + "&state=WA")).containsExactly(tag + "B", tag + "C");
        assertThat(codes("?q=" + tag + "&studentProgram=true")).containsExactly(tag + "A");
        assertThat(codes("?q=" + tag + "&kind=regional&status=active")).containsExactly(tag + "C");
        assertThat(codes("?q=" + tag + "&status=retired")).isEmpty();
    }

    @Test
    void aBadFilterIsAProblemNotAHalfWrittenFile() {
        HttpResponse<String> response = expect(api.get(PATH + "?kind=county", null), 400);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"kind\"");
    }

    @Test
    void onlyStaffGetTheSampleDataColumn() {
        registerState(tag + "S", "OR", ",\"sampleData\":true");
        String path = PATH + "?q=" + tag;

        List<List<String>> anonymous = parseCsv(api.get(path, null).body());
        List<List<String>> officer = parseCsv(api.get(path, api.identity.chapterOfficerToken(tag + "S")).body());
        List<List<String>> staff = parseCsv(api.get(path, api.staff).body());
        List<List<String>> admin = parseCsv(api.get(path, api.identity.adminToken()).body());

        assertThat(anonymous.get(0)).isEqualTo(PUBLIC_HEADER);
        assertThat(anonymous.get(1)).hasSize(PUBLIC_HEADER.size());
        assertThat(officer.get(0)).isEqualTo(PUBLIC_HEADER);
        assertThat(staff.get(0)).endsWith("sampleData").hasSize(PUBLIC_HEADER.size() + 1);
        assertThat(staff.get(1)).endsWith("true");
        assertThat(admin.get(0)).endsWith("sampleData");
    }

    @Test
    void aLargeDirectoryIsExportedCompletelyPageByPage() {
        // Stored directly: registering this many through HTTP would make the suite slow.
        int count = CsvExportController.PAGE_SIZE * 2 + 1;
        List<Document> chapters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = tag + "-%04d".formatted(i);
            chapters.add(new Document("_id", code).append("name", code + " Chapter").append("kind", "STATE")
                    .append("state", "OR").append("states", List.of("OR")).append("status", "ACTIVE")
                    .append("studentProgram", false).append("sampleData", true)
                    .append("searchText", code + " Chapter " + code).append("version", 0L));
        }
        mongo.insert(chapters, "chapters");
        // and their search entries, as directory-service writes them before each save
        new WordIndex<>(mongo, "chapters_search", Document.class, chapter -> new WordIndex.Source(
                chapter.getString("_id"), chapter.getString("searchText"), new Document("name", chapter.getString("name"))
                .append("code", chapter.getString("_id")).append("kind", "STATE").append("states", List.of("OR"))
                .append("status", "ACTIVE").append("studentProgram", false))).insertAll(chapters);

        List<String> codes = codes("?q=" + tag);

        assertThat(codes).hasSize(count).doesNotHaveDuplicates().isSorted();
        assertThat(codes.get(count - 1)).isEqualTo(tag + "-%04d".formatted(count - 1));
    }

    private void registerState(String code, String state, String extraJson) {
        api.registerChapter("""
                {"code":"%s","name":"%s Library Association","kind":"state","state":"%s"%s}"""
                .formatted(code, code, state, extraJson));
    }

    private List<String> codes(String query) {
        List<List<String>> csv = parseCsv(expect(api.get(PATH + query, null), 200).body());
        assertThat(csv.get(0)).isEqualTo(PUBLIC_HEADER);
        return csv.subList(1, csv.size()).stream().map(row -> row.get(0)).toList();
    }
}

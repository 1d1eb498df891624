package org.chapterrelations.directory.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.exchange.importing.ImportApi.expect;
import static org.chapterrelations.directory.exchange.importing.ImportApi.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Importing chapters from CSV: all rows or none, every problem named by line and column, idempotent. */
@PlatformIntegrationTest
class ChapterImportTest {

    private static final String HEADER = "code,name,kind,state,states,website,publicEmail,city,school,"
            + "parentChapterId\n";

    @LocalServerPort
    int port;

    private ImportApi api;

    @BeforeEach
    void client() {
        api = new ImportApi(port);
    }

    @Test
    void aGoodFileImportsEveryRowAndPublishesEachRegistration() {
        String state = ImportApi.uniqueCode();
        String region = ImportApi.uniqueCode();
        String student = ImportApi.uniqueCode();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ImportApi.TOPIC)) {
            // The student chapter comes before its parent: the file, not its order, must make sense.
            HttpResponse<String> response = api.importCsv("chapters", api.staff, HEADER
                    + student + ",Students of Oregon State,student,OR,,,,,Oregon State University," + state + "\n"
                    + state + ",Oregon Library Association,state,OR,,https://www.olaweb.org,ola@example.org,"
                    + "Salem,,\n"
                    + region + ",Pacific Northwest Library Association,regional,WA,WA;OR;ID,,,,,\n");

            JsonNode summary = json(expect(response, 200));
            assertThat(summary.path("rows").asInt()).isEqualTo(3);
            assertThat(summary.path("created").asInt()).isEqualTo(3);
            assertThat(summary.path("updated").asInt()).isZero();
            Map<String, JsonNode> events = ImportApi.awaitEach(consumer, List.of(state, region, student),
                    ImportApi.REGISTERED);
            assertThat(events.get(region).path("states").toString()).isEqualTo("[\"WA\",\"OR\",\"ID\"]");
            assertThat(events.get(student).path("parentChapterId").asString()).isEqualTo(state);
        }
        JsonNode chapter = json(expect(api.get("/api/directory/chapters/" + state, null), 200));
        assertThat(chapter.path("website").asString()).isEqualTo("https://www.olaweb.org");
        assertThat(chapter.path("mailingAddress").path("city").asString()).isEqualTo("Salem");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryProblemByLineAndColumn() {
        String good = ImportApi.uniqueCode();
        String alsoGood = ImportApi.uniqueCode();
        HttpResponse<String> response = api.importCsv("chapters", api.staff, HEADER
                + good + ",Good Chapter,state,OR,,,,,,\n"
                + ImportApi.uniqueCode() + ",Bad Chapter,galactic,OR,,,not-an-email,,,\n"
                + alsoGood + ",Also Good,state,WA,,,,,,\n"
                + good + ",Same Code Again,state,ZZ,,ftp://example.org,,,,\n"
                + ImportApi.uniqueCode() + ",Orphan Students,student,OR,,,,,Some College,NOWHERE\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("detail").asString()).contains("nothing was imported");
        assertThat(fields(problem)).containsExactlyInAnyOrder("line 3: kind", "line 3: publicEmail",
                "line 5: code", "line 5: state", "line 5: website", "line 6: parentChapterId");
        assertThat(api.get("/api/directory/chapters/" + good, null).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/directory/chapters/" + alsoGood, null).statusCode()).isEqualTo(404);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedCellUpdatesOnlyThatField() {
        String first = ImportApi.uniqueCode();
        String second = ImportApi.uniqueCode();
        String file = HEADER + first + ",First Chapter,state,CO,,,first@example.org,Denver,,\n"
                + second + ",Second Chapter,state,UT,,,,,,\n";
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ImportApi.TOPIC)) {
            expect(api.importCsv("chapters", api.staff, file), 200);
            ImportApi.awaitEach(consumer, List.of(first, second), ImportApi.REGISTERED);

            JsonNode again = json(expect(api.importCsv("chapters", api.staff, file), 200));

            assertThat(again.path("created").asInt()).isZero();
            assertThat(again.path("updated").asInt()).isZero();
            assertThat(again.path("unchanged").asInt()).isEqualTo(2);
            assertThat(ImportApi.eventTypesWithin(consumer, List.of(first, second), Duration.ofSeconds(3)))
                    .isEmpty();

            JsonNode changed = json(expect(api.importCsv("chapters", api.staff,
                    file.replace("first@example.org", "hello@example.org")), 200));

            assertThat(changed.path("updated").asInt()).isEqualTo(1);
            assertThat(changed.path("unchanged").asInt()).isEqualTo(1);
            JsonNode update = ImportApi.awaitEvent(consumer, first, ImportApi.UPDATED);
            assertThat(update.path("changedFields").toString()).isEqualTo("[\"publicEmail\"]");
        }
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndLinesAreCountedInTheFile() {
        String code = ImportApi.uniqueCode();
        String file = "code,name,kind,state,street\n"
                + code + ",\"Friends of \"\"Libraries\"\", Northwest\",state,OR,\"Suite 5\n12 Main St\"\n"
                + ImportApi.uniqueCode() + ",Broken,state,XX,\n";

        HttpResponse<String> refused = api.importCsv("chapters", api.staff, file);

        // The quoted street spans lines 2 and 3, so the bad row is on line 4.
        assertThat(fields(json(expect(refused, 400)))).containsExactly("line 4: state");

        expect(api.importCsv("chapters", api.staff, file.substring(0, file.lastIndexOf("\n", file.length() - 2) + 1)),
                200);
        JsonNode chapter = json(expect(api.get("/api/directory/chapters/" + code, null), 200));
        assertThat(chapter.path("name").asString()).isEqualTo("Friends of \"Libraries\", Northwest");
        assertThat(chapter.path("mailingAddress").path("street").asString()).isEqualTo("Suite 5\n12 Main St");
    }

    @Test
    void cellsAnExportDefusedAgainstSpreadsheetFormulasImportAsTheirText() {
        String code = ImportApi.uniqueCode();

        expect(api.importCsv("chapters", api.staff, "code,name,kind,state,publicPhone\n"
                + code + ",'=Friends of Libraries,state,OR,'+1 (503) 555-0100\n"), 200);

        JsonNode chapter = json(expect(api.get("/api/directory/chapters/" + code, null), 200));
        assertThat(chapter.path("name").asString()).isEqualTo("=Friends of Libraries");
        assertThat(chapter.path("publicPhone").asString()).isEqualTo("+1 (503) 555-0100");
    }

    @Test
    void aQuotedCellNeverClosedIsNamedByTheLineItsRowStartsOn() {
        HttpResponse<String> response = api.importCsv("chapters", api.staff, HEADER
                + ImportApi.uniqueCode() + ",Good Chapter,state,OR,,,,,,\n"
                + ImportApi.uniqueCode() + ",\"Open quote,state,OR,,,,,,\n"
                + ImportApi.uniqueCode() + ",Swallowed,state,OR,,,,,,\n");

        JsonNode problem = json(expect(response, 400));
        assertThat(fields(problem)).containsExactly("line 3: row");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("never closed");
    }

    @Test
    void anUnknownOrMissingColumnIsNamed() {
        HttpResponse<String> response = api.importCsv("chapters", api.staff,
                "code,name,colour,state\nAB,Name,blue,OR\n");

        assertThat(fields(json(expect(response, 400)))).containsExactlyInAnyOrder("line 1: colour", "line 1: kind");
    }

    @Test
    void onlyStaffMayImport() {
        String file = HEADER + ImportApi.uniqueCode() + ",Chapter,state,OR,,,,,,\n";

        assertThat(api.importCsv("chapters", null, file).statusCode()).isEqualTo(401);
        assertThat(api.importCsv("chapters", api.identity.chapterOfficerToken("CA"), file).statusCode())
                .isEqualTo(403);
        assertThat(api.importCsv("officers", api.identity.chapterOfficerToken("CA"), file).statusCode())
                .isEqualTo(403);
        assertThat(api.importCsv("chapters", api.identity.adminToken(), file).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWith413() {
        StringBuilder file = new StringBuilder(HEADER);
        String row = "AB,A chapter name that takes some room in the file,state,OR,,,,,,\n";
        while (file.length() <= CsvBody.MAX_BYTES) {
            file.append(row);
        }

        HttpResponse<String> response = api.importCsv("chapters", api.staff, file.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aBodyThatIsNotCsvIsRefusedWith415() {
        HttpResponse<String> response = api.send("chapters", api.staff, "application/json",
                "{\"code\":\"AB\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}

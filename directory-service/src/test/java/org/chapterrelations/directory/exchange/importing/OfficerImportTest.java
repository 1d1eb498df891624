package org.chapterrelations.directory.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.exchange.importing.ChapterImportTest.fields;
import static org.chapterrelations.directory.exchange.importing.ImportApi.TODAY;
import static org.chapterrelations.directory.exchange.importing.ImportApi.expect;
import static org.chapterrelations.directory.exchange.importing.ImportApi.json;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Importing officers from CSV: people matched by e-mail, the rules between terms, all or nothing, idempotent. */
@PlatformIntegrationTest
class OfficerImportTest {

    private static final String HEADER = "chapterCode,givenName,familyName,email,phone,role,start,end\n";

    @LocalServerPort
    int port;

    private ImportApi api;
    private String code;
    private String tag;

    @BeforeEach
    void chapter() {
        api = new ImportApi(port);
        code = ImportApi.uniqueCode();
        tag = UUID.randomUUID().toString().substring(0, 8);
        expect(api.post("/api/directory/chapters", """
                {"code":"%s","name":"%s Library Association","kind":"state","state":"NM"}""".formatted(code, code)),
                201);
    }

    @Test
    void officersAreAppointedMatchingPeopleByEmailAndTheAppointmentsArePublished() {
        String maria = json(expect(api.post("/api/directory/people", """
                {"givenName":"Maria","familyName":"Lopez","email":"Maria.%s@Example.org"}""".formatted(tag)), 201))
                .path("id").asString();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ImportApi.TOPIC)) {
            JsonNode summary = json(expect(api.importCsv("officers", api.staff, HEADER
                    + code + ",Maria,Lopez,maria.%s@example.org,,president,%s,\n".formatted(tag, TODAY.minusDays(30))
                    + code + ",Sam,Whitehorse-%s,,505-555-0101,treasurer,%s,%s\n".formatted(tag, TODAY.minusDays(30),
                            TODAY.plusYears(1))), 200));

            assertThat(summary.path("officersAppointed").asInt()).isEqualTo(2);
            assertThat(summary.path("peopleCreated").asInt()).isEqualTo(1);
            JsonNode appointed = ImportApi.awaitEvent(consumer, code, ImportApi.APPOINTED);
            assertThat(appointed.path("chapterId").asString()).isEqualTo(code);
            ImportApi.awaitEvent(consumer, code, ImportApi.APPOINTED);
        }
        JsonNode officers = json(expect(api.get("/api/directory/chapters/" + code + "/officers", api.staff), 200))
                .path("content");
        assertThat(officers.valueStream().map(term -> term.path("role").asString() + " "
                + term.path("personName").asString())).containsExactlyInAnyOrder("president Maria Lopez",
                        "treasurer Sam Whitehorse-" + tag);
        assertThat(officers.valueStream().filter(term -> term.path("role").asString().equals("president"))
                .map(term -> term.path("personId").asString())).containsExactly(maria);
    }

    @Test
    void reimportingTheSameFileAppointsNobodyTwiceAndCreatesNobodyAgain() {
        String file = HEADER + code + ",Ada,Byron-%s,,,secretary,%s,\n".formatted(tag, TODAY.minusDays(10))
                + code + ",Grace,Hopper-%s,grace.%s@example.org,,councilor,%s,\n".formatted(tag, tag,
                        TODAY.minusDays(10));
        expect(api.importCsv("officers", api.staff, file), 200);
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ImportApi.TOPIC)) {
            ImportApi.awaitEvent(consumer, code, ImportApi.APPOINTED);
            ImportApi.awaitEvent(consumer, code, ImportApi.APPOINTED);

            JsonNode again = json(expect(api.importCsv("officers", api.staff, file), 200));

            assertThat(again.path("officersAppointed").asInt()).isZero();
            assertThat(again.path("peopleCreated").asInt()).isZero();
            assertThat(again.path("unchanged").asInt()).isEqualTo(2);
            assertThat(ImportApi.eventTypesWithin(consumer, List.of(code), Duration.ofSeconds(3))).isEmpty();
        }
        assertThat(json(api.get("/api/directory/chapters/" + code + "/officers?history=true", api.staff))
                .path("content").size()).isEqualTo(2);
        assertThat(json(api.get("/api/directory/people?q=" + tag, api.staff)).path("content").size()).isEqualTo(2);
    }

    @Test
    void aPersonIdColumnLinksOnePersonWithoutEmailToOfficesInSeveralChapters() {
        String otherCode = ImportApi.uniqueCode();
        expect(api.post("/api/directory/chapters", """
                {"code":"%s","name":"%s Library Association","kind":"state","state":"AZ"}""".formatted(otherCode,
                otherCode)), 201);
        String lee = json(expect(api.post("/api/directory/people", """
                {"givenName":"Lee","familyName":"Twochapters-%s"}""".formatted(tag)), 201)).path("id").asString();
        String header = "chapterCode,personId,givenName,familyName,role,start\n";

        JsonNode summary = json(expect(api.importCsv("officers", api.staff, header
                + code + "," + lee + ",Lee,Twochapters-" + tag + ",councilor," + TODAY.minusDays(5) + "\n"
                + otherCode + "," + lee + ",Lee,Twochapters-" + tag + ",secretary," + TODAY.minusDays(5) + "\n"), 200));

        assertThat(summary.path("peopleCreated").asInt()).isZero();
        assertThat(summary.path("officersAppointed").asInt()).isEqualTo(2);
        assertThat(json(api.get("/api/directory/people?q=Twochapters-" + tag, api.staff)).path("content").size())
                .isEqualTo(1);
        for (String chapter : List.of(code, otherCode)) {
            assertThat(json(api.get("/api/directory/chapters/" + chapter + "/officers", api.staff)).path("content")
                    .valueStream().map(term -> term.path("personId").asString())).containsExactly(lee);
        }
        JsonNode unknown = json(expect(api.importCsv("officers", api.staff, header
                + code + ",no-such-person,Lee,Twochapters-" + tag + ",treasurer," + TODAY + "\n"), 400));
        assertThat(fields(unknown)).containsExactly("line 2: personId");
    }

    @Test
    void overlappingSingleHolderTermsInTheFileOrAgainstTheStoreRejectTheWholeFile() {
        String kim = json(expect(api.post("/api/directory/people", """
                {"givenName":"Kim","familyName":"Stored-%s"}""".formatted(tag)), 201)).path("id").asString();
        expect(api.post("/api/directory/chapters/" + code + "/officers", """
                {"personId":"%s","role":"treasurer","start":"%s"}""".formatted(kim, TODAY.minusYears(1))), 201);

        var response = api.importCsv("officers", api.staff, HEADER
                + code + ",Lee,First-%s,,,councilor,2025-01-01,2025-12-31\n".formatted(tag)
                + code + ",Pat,Second-%s,,,councilor,2025-06-01,\n".formatted(tag)
                + code + ",Ray,Third-%s,,,treasurer,%s,\n".formatted(tag, TODAY)
                + code + ",Ann,Advisor-%s,,,student-chapter-advisor,2025-01-01,\n".formatted(tag)
                + code + ",Bo,Advisor-%s,,,student-chapter-advisor,2025-01-01,\n".formatted(tag));

        JsonNode problem = json(expect(response, 400));
        assertThat(fields(problem)).containsExactlyInAnyOrder("line 3: role", "line 4: role");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("line 2 of this file");
        assertThat(json(api.get("/api/directory/chapters/" + code + "/officers?history=true", api.staff))
                .path("content").size()).isEqualTo(1);
        assertThat(json(api.get("/api/directory/people?q=" + tag, api.staff)).path("content").size()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsNamedByLineAndColumnAndNothingIsWritten() {
        var response = api.importCsv("officers", api.staff, HEADER
                + code + ",Val,Good-%s,,,president,2025-01-01,\n".formatted(tag)
                + "NOSUCHCHAPTER,Nia,Lost-%s,,,president,2025-01-01,\n".formatted(tag)
                + code + ",,Nameless,not-an-email,,chancellor,01/02/2025,\n"
                + code + ",Tim,Backwards-%s,,,secretary,2025-06-01,2025-05-31\n".formatted(tag));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(json(response))).containsExactlyInAnyOrder("line 3: chapterCode", "line 4: givenName",
                "line 4: email", "line 4: role", "line 4: start", "line 5: end");
        assertThat(json(api.get("/api/directory/people?q=" + tag, api.staff)).path("content").size()).isZero();
    }
}

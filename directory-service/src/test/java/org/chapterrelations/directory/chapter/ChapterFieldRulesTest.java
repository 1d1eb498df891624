package org.chapterrelations.directory.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.chapter.ChapterApi.uniqueCode;

import java.net.http.HttpResponse;
import java.time.Year;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.platform.test.EventSchemas;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.chapterrelations.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a chapter's fields must hold when it is registered, and what the directory keeps of them. */
@PlatformIntegrationTest
class ChapterFieldRulesTest {

    private final String staff = TestIdentityProvider.get().staffToken();

    @LocalServerPort
    int port;

    private ChapterApi api;

    @BeforeEach
    void client() {
        api = new ChapterApi(port);
    }

    @Test
    void everyFieldIsStoredAndPublishedInTheRegistration() {
        String code = uniqueCode();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumerFromBeginning(ChapterApi.TOPIC)) {
            HttpResponse<String> created = api.register(staff, """
                    {"code":"%s","name":"Kansas Library Association","kind":"state","state":"ks",
                     "website":"https://kslibassoc.org","publicEmail":"info@kslibassoc.org",
                     "publicPhone":"+1 (785) 580-4518","studentProgram":true,"foundedYear":1900,
                     "memberCount":{"year":2025,"count":812},
                     "mailingAddress":{"street":"1020 SW Washburn Ave","city":"Topeka","state":"ks",
                                       "postalCode":"66604-1111"}}""".formatted(code));

            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode chapter = JsonMapper.shared().readTree(api.get(ChapterApi.PATH + "/" + code, null).body());
            assertThat(chapter.path("states").toString()).isEqualTo("[\"KS\"]");
            assertThat(chapter.path("publicPhone").asString()).isEqualTo("+1 (785) 580-4518");
            assertThat(chapter.path("mailingAddress").path("state").asString()).isEqualTo("KS");
            assertThat(chapter.path("mailingAddress").path("postalCode").asString()).isEqualTo("66604-1111");
            assertThat(chapter.path("studentProgram").asBoolean()).isTrue();
            assertThat(chapter.path("foundedYear").asInt()).isEqualTo(1900);
            assertThat(chapter.path("memberCount").path("count").asInt()).isEqualTo(812);

            String event = ChapterApi.awaitEvent(consumer, code, "directory.ChapterRegistered.v1");
            EventSchemas.assertValid("directory.ChapterRegistered.v1", event);
            assertThat(event).contains("\"city\":\"Topeka\"", "\"publicPhone\":\"+1 (785) 580-4518\"",
                    "\"studentProgram\":true", "\"states\":[\"KS\"]").doesNotContain("sampleData");
        }
    }

    @Test
    void regionalChapterCoversSeveralStatesWithItsSeatAmongThem() {
        String code = uniqueCode();
        HttpResponse<String> created = api.register(staff, """
                {"code":"%s","name":"New England Library Association","kind":"regional","state":"MA",
                 "states":["ma","CT","ME","NH","RI","VT"]}""".formatted(code));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"states\":[\"MA\",\"CT\",\"ME\",\"NH\",\"RI\",\"VT\"]");
    }

    @Test
    void regionalChapterWithOneStateOrASeatOutsideItsStatesIsRefused() {
        HttpResponse<String> oneState = api.register(staff, """
                {"code":"%s","name":"Tiny Region","kind":"regional","state":"MA","states":["MA"]}"""
                .formatted(uniqueCode()));
        HttpResponse<String> seatOutside = api.register(staff, """
                {"code":"%s","name":"Odd Region","kind":"regional","state":"TX","states":["MA","CT"]}"""
                .formatted(uniqueCode()));

        assertThat(oneState.statusCode()).isEqualTo(400);
        assertThat(oneState.body()).contains("\"field\":\"states\"", "at least two states");
        assertThat(seatOutside.statusCode()).isEqualTo(400);
        assertThat(seatOutside.body()).contains("\"field\":\"state\"", "must be one of its states");
    }

    @Test
    void stateChapterCoversOnlyItsOwnState() {
        HttpResponse<String> response = api.register(staff, """
                {"code":"%s","name":"Greedy","kind":"state","state":"CA","states":["CA","NV"]}"""
                .formatted(uniqueCode()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"states\"");
    }

    @Test
    void studentChapterNamesItsSchoolAndAnExistingStateChapter() {
        String parent = uniqueCode();
        api.registerState(staff, parent, "MI", "");
        String code = uniqueCode();

        HttpResponse<String> created = api.register(staff, """
                {"code":"%s","name":"University of Michigan Student Chapter","kind":"student","state":"MI",
                 "school":"University of Michigan","parentChapterId":"%s"}""".formatted(code, parent.toLowerCase()));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"school\":\"University of Michigan\"",
                "\"parentChapterId\":\"" + parent + "\"", "\"states\":[\"MI\"]");
    }

    @Test
    void studentChapterWithoutSchoolOrParentIsRefused() {
        HttpResponse<String> response = api.register(staff, """
                {"code":"%s","name":"Orphan Students","kind":"student","state":"MI"}""".formatted(uniqueCode()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"parentChapterId\"", "\"field\":\"school\"");
    }

    @Test
    void studentChapterParentMustBeAnExistingStateChapter() {
        String regional = uniqueCode();
        assertThat(api.register(staff, """
                {"code":"%s","name":"Some Region","kind":"regional","state":"MA","states":["MA","CT"]}"""
                .formatted(regional)).statusCode()).isEqualTo(201);
        String student = """
                {"code":"%s","name":"Students","kind":"student","state":"MA","school":"Simmons University",
                 "parentChapterId":"%s"}""";

        HttpResponse<String> regionalParent = api.register(staff, student.formatted(uniqueCode(), regional));
        HttpResponse<String> missingParent = api.register(staff, student.formatted(uniqueCode(), "NOSUCH"));

        assertThat(regionalParent.statusCode()).isEqualTo(400);
        assertThat(regionalParent.body()).contains("\"field\":\"parentChapterId\"", "existing state chapter");
        assertThat(missingParent.statusCode()).isEqualTo(400);
        assertThat(missingParent.body()).contains("\"field\":\"parentChapterId\"");
    }

    @Test
    void onlyRealUsStateAndTerritoryCodesAreAccepted() {
        HttpResponse<String> wrong = api.register(staff, """
                {"code":"%s","name":"Nowhere","kind":"regional","state":"ZZ","states":["ZZ","QQ"],
                 "mailingAddress":{"city":"Nowhere","state":"XX"}}""".formatted(uniqueCode()));
        HttpResponse<String> territory = api.register(staff, """
                {"code":"%s","name":"Puerto Rico Library Association","kind":"state","state":"PR"}"""
                .formatted(uniqueCode()));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"state\"", "\"field\":\"states[0]\"", "\"field\":\"states[1]\"",
                "\"field\":\"mailingAddress.state\"");
        assertThat(territory.statusCode()).isEqualTo(201);
    }

    @Test
    void everyMalformedContactOrFigureIsNamedInOneProblem() {
        int nextYear = Year.now().getValue() + 1;
        HttpResponse<String> response = api.register(staff, """
                {"code":"%s","name":"Sloppy","kind":"state","state":"OH","website":"ftp://files.example.org",
                 "publicEmail":"nobody","publicPhone":"call us","foundedYear":%d,
                 "memberCount":{"year":2025,"count":-3},
                 "mailingAddress":{"city":"Columbus","state":"OH","postalCode":"4321"}}"""
                .formatted(uniqueCode(), nextYear));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"website\"", "\"field\":\"publicEmail\"",
                "\"field\":\"publicPhone\"", "\"field\":\"memberCount.count\"", "\"field\":\"foundedYear\"",
                "\"field\":\"mailingAddress.postalCode\"");
    }

    @Test
    void foundedYearMustLieBetween1850AndThisYear() {
        String body = """
                {"code":"%s","name":"Timeless","kind":"state","state":"OH","foundedYear":%d}""";

        HttpResponse<String> tooEarly = api.register(staff, body.formatted(uniqueCode(), 1849));
        HttpResponse<String> future = api.register(staff, body.formatted(uniqueCode(), Year.now().getValue() + 1));

        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("\"field\":\"foundedYear\"");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"foundedYear\"", "must not be later than");
    }

    @Test
    void phoneNumbersOfSevenToTwentyDialCharactersAreAccepted() {
        String body = """
                {"code":"%s","name":"Phones","kind":"state","state":"OH","publicPhone":"%s"}""";

        assertThat(api.register(staff, body.formatted(uniqueCode(), "614.221.9057")).statusCode()).isEqualTo(201);
        assertThat(api.register(staff, body.formatted(uniqueCode(), "12345")).statusCode()).isEqualTo(400);
        assertThat(api.register(staff, body.formatted(uniqueCode(), "1".repeat(21))).statusCode()).isEqualTo(400);
    }
}

package org.chapterrelations.directory.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.office.OfficeApi.TODAY;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Officers' private contacts: who sees them, who may edit officers, and holders of an office across chapters. */
@PlatformIntegrationTest
class OfficerVisibilityTest {

    @LocalServerPort
    int port;

    private OfficeApi api;
    private String code;
    private String maria;

    @BeforeEach
    void chapterWithPresident() {
        api = new OfficeApi(port);
        code = api.registerChapter();
        maria = api.createPerson("Maria", "Lopez", "maria@example.org");
        api.appointed(code, maria, "president", TODAY.minusMonths(3), null);
    }

    @Test
    void officersPrivateContactsShowOnlyToStaffAndTheChaptersOwnOfficers() {
        String path = "/api/directory/chapters/" + code + "/officers";

        assertThat(api.get(path, null).body()).contains("\"personName\":\"Maria Lopez\"").doesNotContain("email");
        assertThat(api.get(path, api.identity.chapterOfficerToken("NY")).body()).doesNotContain("email");
        assertThat(api.get(path, api.staff).body()).contains("\"email\":\"maria@example.org\"");
        assertThat(api.get(path, api.identity.chapterOfficerToken(code)).body())
                .contains("\"email\":\"maria@example.org\"", "\"phone\":\"503-555-0101\"");
    }

    @Test
    void aChapterOfficerSeesThePrivateFieldsOfPeopleWhoServedTheirChapter() {
        String former = api.createPerson("Fred", "Former", "fred@example.org");
        api.appointed(code, former, "treasurer", TODAY.minusYears(3), TODAY.minusYears(1));
        String stranger = api.createPerson("Stan", "Stranger", "stan@example.org");
        String officer = api.identity.chapterOfficerToken(code);

        assertThat(api.get("/api/directory/people/" + maria, officer).body()).contains("maria@example.org");
        assertThat(api.get("/api/directory/people/" + former, officer).body()).contains("fred@example.org");
        assertThat(api.get("/api/directory/people/" + stranger, officer).body()).doesNotContain("stan@example.org");
        assertThat(api.get("/api/directory/people/" + maria, api.identity.chapterOfficerToken("NY")).body())
                .doesNotContain("maria@example.org");
        assertThat(api.get("/api/directory/people?q=fred%20former", officer).body()).contains("fred@example.org");
    }

    @Test
    void aChapterOfficerEditsPeopleCurrentlyHoldingOfficeInTheirChapterOnly() {
        String former = api.createPerson("Fred", "Former", "fred@example.org");
        api.appointed(code, former, "treasurer", TODAY.minusYears(3), TODAY.minusYears(1));
        String officer = api.identity.chapterOfficerToken(code);
        String change = """
                {"givenName":"Maria","familyName":"Lopez-Diaz","email":"maria@example.org"}""";

        assertThat(put(maria, officer, change).statusCode()).isEqualTo(200);
        assertThat(put(former, officer, change).statusCode()).isEqualTo(403);
        assertThat(put(maria, api.identity.chapterOfficerToken("NY"), change).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> put(String id, String token, String json) {
        TestHttp http = new TestHttp(port);
        return http.send(http.request("/api/directory/people/" + id, token).header("If-Match", "*")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void everyCurrentHolderOfAnOfficeIsListedWithTheirChapter() {
        String other = api.registerChapter();
        String sam = api.createPerson("Sam", "Whitehorse", "sam@example.org");
        String former = api.createPerson("Fred", "Former", "fred@example.org");
        api.appointed(code, maria, "councilor", TODAY.minusMonths(1), null);
        api.appointed(other, sam, "councilor", TODAY.minusMonths(1), null);
        api.appointed(other, former, "councilor", TODAY.minusYears(2), TODAY.minusMonths(2));

        JsonNode now = api.officers("/api/directory/officers?role=councilor&size=1000&sort=personName", null);
        JsonNode then = api.officers("/api/directory/officers?role=councilor&size=1000&sort=personName&at=" + TODAY.minusYears(1),
                null);

        assertThat(ours(now, code, other).findValuesAsString("personName")).containsExactly("Maria Lopez",
                "Sam Whitehorse");
        assertThat(ours(now, code, other).findValuesAsString("chapterName"))
                .containsExactly(code + " Library Association", other + " Library Association");
        assertThat(ours(now, code, other).findValuesAsString("role")).containsOnly("councilor");
        assertThat(ours(then, code, other).findValuesAsString("personName")).containsExactly("Fred Former");
        assertThat(now.toString()).doesNotContain("email");
        assertThat(api.officers("/api/directory/officers?role=councilor&size=1000", api.staff).toString())
                .contains("sam@example.org");
    }

    @Test
    void aPersonsTermsInEveryChapterAreListedNewestFirstWithContactsOnlyForTheirChaptersOfficers() {
        String other = api.registerChapter();
        api.appointed(other, maria, "treasurer", TODAY.minusYears(4), TODAY.minusYears(2));
        String path = "/api/directory/people/" + maria + "/terms";

        JsonNode terms = OfficeApi.json(OfficeApi.expect(api.get(path, null), 200));
        JsonNode seenByOfficer = OfficeApi.json(api.get(path, api.identity.chapterOfficerToken(other)));

        assertThat(terms.findValuesAsString("chapterId")).containsExactly(code, other);
        assertThat(terms.findValuesAsString("role")).containsExactly("president", "treasurer");
        assertThat(terms.findValuesAsString("chapterName")).containsExactly(code + " Library Association",
                other + " Library Association");
        assertThat(terms.get(1).path("end").asString()).isEqualTo(TODAY.minusYears(2).toString());
        assertThat(terms.toString()).doesNotContain("email");
        assertThat(seenByOfficer.get(0).has("email")).as("another chapter's term").isFalse();
        assertThat(seenByOfficer.get(1).path("email").asString()).isEqualTo("maria@example.org");
        assertThat(api.get("/api/directory/people/nobody/terms", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theListAcrossChaptersIsPagedAndRefusesUnknownRoles() {
        JsonNode page = OfficeApi.json(api.get("/api/directory/officers?role=president&size=1", null));

        assertThat(page.path("content")).hasSize(1);
        assertThat(page.path("page").path("totalElements").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/directory/officers?role=emperor", null).statusCode()).isEqualTo(400);
    }

    private static JsonNode ours(JsonNode content, String... chapters) {
        ArrayNode filtered = JsonMapper.shared().createArrayNode();
        List<String> wanted = List.of(chapters);
        content.forEach(row -> {
            if (wanted.contains(row.path("chapterId").asString())) {
                filtered.add(row);
            }
        });
        return filtered;
    }
}

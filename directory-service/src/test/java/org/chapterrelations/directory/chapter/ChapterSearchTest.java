package org.chapterrelations.directory.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.chapter.ChapterApi.uniqueCode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding chapters by text, kind, state, status and program, page by page. Every chapter here carries
 * one tag in its name, and every query includes it, because other tests add chapters to the same store.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChapterSearchTest {

    private final String staff = TestIdentityProvider.get().staffToken();
    private final String tag = uniqueCode();
    private final String city = new StringBuilder(tag).reverse() + " Falls";
    private final String beta = uniqueCode();
    private final String alpha = uniqueCode();
    private final String gamma = uniqueCode();
    private final String delta = uniqueCode();

    @LocalServerPort
    int port;

    private ChapterApi api;

    @BeforeAll
    void registerChapters() {
        api = new ChapterApi(port);
        assertThat(api.register(staff, """
                {"code":"%s","name":"Beta %s Library Association","kind":"state","state":"MT","studentProgram":true,
                 "mailingAddress":{"city":"%s","state":"MT"}}""".formatted(beta, tag, city)).statusCode())
                .isEqualTo(201);
        assertThat(api.register(staff, """
                {"code":"%s","name":"Alpha %s Region","kind":"regional","state":"MT","states":["MT","ID","WY"]}"""
                .formatted(alpha, tag)).statusCode()).isEqualTo(201);
        assertThat(api.register(staff, """
                {"code":"%s","name":"Gamma %s Library Association","kind":"state","state":"ID"}"""
                .formatted(gamma, tag)).statusCode()).isEqualTo(201);
        assertThat(api.action(gamma, "retire", staff).statusCode()).isEqualTo(200);
        assertThat(api.register(staff, """
                {"code":"%s","name":"Delta %s Students","kind":"student","state":"MT","school":"Montana State",
                 "parentChapterId":"%s"}""".formatted(delta, tag, beta)).statusCode()).isEqualTo(201);
    }

    @Test
    void textSearchFindsNamesCaseInsensitivelyAndListsThemByName() {
        assertThat(codes("?q=" + tag.toLowerCase())).containsExactly(alpha, beta, delta, gamma);
        assertThat(codes("?q=gAMMA%20" + tag)).containsExactly(gamma);
    }

    @Test
    void textSearchFindsCodesAndCities() {
        assertThat(codes("?q=" + alpha.toLowerCase())).containsExactly(alpha);
        assertThat(codes("?q=" + city.toUpperCase().replace(" ", "%20"))).containsExactly(beta);
    }

    @Test
    void textSearchMatchesBeginningsOfWordsAndTakesPunctuationAsASpace() {
        HttpResponse<String> response = api.get(ChapterApi.PATH + "?q=" + tag + "(.*", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(codes("?q=" + tag + "(.*")).containsExactly(alpha, beta, delta, gamma);
        assertThat(codes("?q=.*")).isEmpty();
        assertThat(codes("?q=" + tag.substring(0, tag.length() - 1) + "%20regi")).containsExactly(alpha);
        assertThat(codes("?q=" + tag.substring(1))).as("the middle of a word").isEmpty();
    }

    @Test
    void aRenamedChapterIsFoundByItsNewNameOnly() {
        String code = uniqueCode();
        assertThat(api.register(staff, """
                {"code":"%s","name":"Oldname%s Library Association","kind":"state","state":"NV"}"""
                .formatted(code, code)).statusCode()).isEqualTo(201);
        HttpResponse<String> current = api.get(ChapterApi.PATH + "/" + code, staff);
        HttpResponse<String> renamed = api.put(code, staff, current.headers().firstValue("ETag").orElseThrow(), """
                {"code":"%s","name":"Newname%s Library Association","kind":"state","state":"NV"}"""
                .formatted(code, code));

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(codes("?q=oldname" + code)).isEmpty();
        assertThat(codes("?q=newname" + code)).containsExactly(code);
        assertThat(codes("?q=" + code + "&status=active")).containsExactly(code);
    }

    @Test
    void filtersByKindStatusAndProgram() {
        assertThat(codes("?q=" + tag + "&kind=regional")).containsExactly(alpha);
        assertThat(codes("?q=" + tag + "&kind=student")).containsExactly(delta);
        assertThat(codes("?q=" + tag + "&status=retired")).containsExactly(gamma);
        assertThat(codes("?q=" + tag + "&status=active&studentProgram=true")).containsExactly(beta);
    }

    @Test
    void stateFilterMatchesEveryChapterCoveringTheState() {
        assertThat(codes("?q=" + tag + "&state=id")).containsExactly(alpha, gamma);
        assertThat(codes("?q=" + tag + "&state=WY")).containsExactly(alpha);
    }

    @Test
    void resultsComePageByPageInTheRequestedOrder() {
        JsonNode page = list("?q=" + tag + "&size=2&page=1");

        assertThat(codes(page)).containsExactly(delta, gamma);
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(4);
        assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(2);
        assertThat(codes("?q=" + tag + "&sort=name,desc")).containsExactly(gamma, delta, beta, alpha);
    }

    @Test
    void unknownFilterValuesAndSortFieldsAreBadRequests() {
        HttpResponse<String> kind = api.get(ChapterApi.PATH + "?kind=galactic", null);
        HttpResponse<String> state = api.get(ChapterApi.PATH + "?state=ZZ", null);
        HttpResponse<String> sort = api.get(ChapterApi.PATH + "?sort=secret", null);

        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("\"field\":\"kind\"", "state, regional, student");
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(state.body()).contains("\"field\":\"state\"");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("\"field\":\"sort\"");
    }

    private List<String> codes(String query) {
        return codes(list(query));
    }

    private JsonNode list(String query) {
        HttpResponse<String> response = api.get(ChapterApi.PATH + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("content").forEach(chapter -> codes.add(chapter.path("code").asString()));
        return codes;
    }
}

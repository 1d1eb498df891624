package org.chapterrelations.directory.exchange.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chapterrelations.directory.exchange.export.ExportApi.TODAY;
import static org.chapterrelations.directory.exchange.export.ExportApi.expect;
import static org.chapterrelations.directory.exchange.export.ExportApi.unfoldedLines;

import java.net.http.HttpResponse;
import java.util.List;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ezvcard.VCard;
import ezvcard.VCardVersion;

/** vCards for address books: structure, escaping and folding, and who sees private contacts. */
@PlatformIntegrationTest
class VCardExportTest {

    private static final String LONG_TITLE =
            "Bibliothécaire en chef, Réseau des bibliothèques; Médiathèque régionale";

    @LocalServerPort
    int port;

    private ExportApi api;
    private String code;
    private String maria;

    @BeforeEach
    void chapterWithPresident() {
        api = new ExportApi(port);
        code = ExportApi.uniqueTag();
        api.registerChapter("""
                {"code":"%s","name":"Oregon Library Association, Inc.","kind":"state","state":"OR"}""".formatted(code));
        maria = api.createPerson("""
                {"givenName":"María","familyName":"López","email":"maria@example.org","phone":"+1 503-555-0101",
                 "mailingAddress":{"street":"12 Elm St, Apt 3","city":"Salem","state":"OR","postalCode":"97301"},
                 "organization":"Stacks & Archives\\\\ Records, East; West\\nAnnex","title":"%s"}"""
                .formatted(LONG_TITLE));
        api.appoint(code, maria, "president", TODAY.minusMonths(3), null);
    }

    @Test
    void aPersonsCardHasTheVCard4StructureWithCrlfLines() {
        HttpResponse<String> response = expect(api.get("/api/directory/people/" + maria + "/vcard", api.staff), 200);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .matches("(?i)text/vcard; ?charset=utf-8");
        String body = response.body();
        assertThat(body).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(unfoldedLines(body)).contains("FN:María López", "N:López;María;;;",
                "UID:urn:uuid:" + maria, "EMAIL:maria@example.org", "ADR:;;12 Elm St\\, Apt 3;Salem;OR;97301;")
                .anyMatch(line -> line.matches("REV:\\d{8}T\\d{6}Z"))
                .noneMatch(line -> line.startsWith("PRODID"));
        VCard card = ExportApi.parseVCards(body).get(0);
        assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(card.getTelephoneNumbers()).singleElement()
                .satisfies(tel -> assertThat(tel.getText()).isEqualTo("+1 503-555-0101"));
        assertThat(card.getAddresses()).singleElement().satisfies(address -> {
            assertThat(address.getStreetAddress()).isEqualTo("12 Elm St, Apt 3");
            assertThat(address.getPostalCode()).isEqualTo("97301");
        });
    }

    @Test
    void valuesAreEscapedAndLongLinesFoldedAt75Octets() {
        String body = api.get("/api/directory/people/" + maria + "/vcard", null).body();

        assertThat(unfoldedLines(body)).contains("ORG:Stacks & Archives\\\\ Records\\, East\\; West\\nAnnex",
                "TITLE:" + LONG_TITLE.replace(",", "\\,").replace(";", "\\;"));
        VCard card = ExportApi.parseVCards(body).get(0);
        assertThat(card.getOrganization().getValues()).containsExactly("Stacks & Archives\\ Records, East; West\nAnnex");
        assertThat(card.getTitles().get(0).getValue()).isEqualTo(LONG_TITLE);
        List<String> physical = List.of(body.split("\r\n"));
        assertThat(physical).allSatisfy(line -> assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(physical).anyMatch(line -> line.startsWith(" "));
    }

    @Test
    void privateContactsAreHiddenFromAnonymousAndOtherChaptersButShownToStaffAndTheChaptersOfficers() {
        String path = "/api/directory/people/" + maria + "/vcard";

        assertThat(privateLines(api.get(path, null).body())).isEmpty();
        assertThat(privateLines(api.get(path, api.identity.chapterOfficerToken("NY")).body())).isEmpty();
        assertThat(privateLines(api.get(path, api.staff).body())).hasSize(3);
        assertThat(privateLines(api.get(path, api.identity.chapterOfficerToken(code)).body())).hasSize(3);
        assertThat(unfoldedLines(api.get(path, null).body())).contains("FN:María López");
    }

    @Test
    void aChaptersOfficerCardsListExactlyItsCurrentOfficers() {
        String sam = api.createPerson("""
                {"givenName":"Sam","familyName":"Whitehorse","email":"sam@example.org"}""");
        String fred = api.createPerson("""
                {"givenName":"Fred","familyName":"Former","email":"fred@example.org"}""");
        String fay = api.createPerson("""
                {"givenName":"Fay","familyName":"Future","email":"fay@example.org"}""");
        api.appoint(code, sam, "treasurer", TODAY.minusMonths(1), null);
        api.appoint(code, maria, "councilor", TODAY.minusMonths(1), null);
        api.appoint(code, fred, "secretary", TODAY.minusYears(2), TODAY.minusMonths(1));
        api.appoint(code, fay, "secretary", TODAY.plusMonths(1), null);

        HttpResponse<String> response = expect(api.get("/api/directory/chapters/" + code.toLowerCase()
                + "/officers/vcard", null), 200);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .matches("(?i)text/vcard; ?charset=utf-8");
        List<String> lines = unfoldedLines(response.body());
        assertThat(lines.stream().filter(line -> line.startsWith("FN:")))
                .containsExactly("FN:María López", "FN:Sam Whitehorse");
        assertThat(lines.stream().filter(line -> line.startsWith("ROLE:")))
                .containsExactly("ROLE:President", "ROLE:Councilor", "ROLE:Treasurer");
        assertThat(lines.stream().filter(line -> line.startsWith("ORG:")))
                .containsOnly("ORG:Oregon Library Association\\, Inc.").hasSize(2);
        assertThat(lines.stream().filter(line -> line.equals("BEGIN:VCARD"))).hasSize(2);
        assertThat(privateLines(response.body())).isEmpty();
        assertThat(privateLines(api.get("/api/directory/chapters/" + code + "/officers/vcard",
                api.identity.chapterOfficerToken(code)).body())).contains("EMAIL:sam@example.org");
    }

    @Test
    void anUnknownPersonOrChapterIsNotFound() {
        HttpResponse<String> person = expect(api.get("/api/directory/people/no-such-person/vcard", null), 404);
        HttpResponse<String> chapter = expect(api.get("/api/directory/chapters/NOSUCH/officers/vcard", null), 404);

        assertThat(person.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(chapter.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private static List<String> privateLines(String vcard) {
        return unfoldedLines(vcard).stream()
                .filter(line -> line.startsWith("EMAIL") || line.startsWith("TEL") || line.startsWith("ADR")).toList();
    }
}

package org.chapterrelations.directory.exchange.export;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.directory.UniqueCodes;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestIdentityProvider;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import tools.jackson.databind.json.JsonMapper;

/** The directory as an export client sees it: set-up calls, and readers for CSV and vCard bodies. */
final class ExportApi {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    final TestIdentityProvider identity = TestIdentityProvider.get();
    final String staff = identity.staffToken();
    private final TestHttp http;

    ExportApi(int port) {
        this.http = new TestHttp(port);
    }

    /** Letters no other test uses: the store is shared by the whole test JVM. */
    static String uniqueTag() {
        return UniqueCodes.withPrefix("XE");
    }

    void registerChapter(String json) {
        expect(http.post("/api/directory/chapters", staff, json), 201);
    }

    String createPerson(String json) {
        HttpResponse<String> response = expect(http.post("/api/directory/people", staff, json), 201);
        return JsonMapper.shared().readTree(response.body()).path("id").asString();
    }

    void appoint(String code, String personId, String role, LocalDate start, LocalDate end) {
        expect(http.post("/api/directory/chapters/" + code + "/officers", staff, """
                {"personId":"%s","role":"%s","start":"%s"%s}""".formatted(personId, role, start,
                end == null ? "" : ",\"end\":\"" + end + "\"")), 201);
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** An RFC 4180 reader, written independently of the exporter: records of fields, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            }
            else {
                field.append(c);
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("The last record does not end with CRLF");
        }
        return records;
    }

    /** The cards as an address book reads them (ez-vcard's parser). */
    static List<VCard> parseVCards(String vcard) {
        return Ezvcard.parse(vcard).all();
    }

    /** RFC 6350 unfolding: a CRLF followed by a space continues the line. */
    static List<String> unfoldedLines(String vcard) {
        return List.of(vcard.replace("\r\n ", "").split("\r\n"));
    }
}

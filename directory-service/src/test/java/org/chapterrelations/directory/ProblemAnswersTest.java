package org.chapterrelations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers that no controller writes are problem+json too: Tomcat's refusals and the security filters'. Sent on
 * a raw socket, because Java's HTTP client will not send the characters browsers do.
 */
@PlatformIntegrationTest
class ProblemAnswersTest {

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Test
    void squareBracketsAndBracesInTheQueryAreAcceptedAsBrowsersSendThem() throws IOException {
        String answer = raw("GET", "/api/directory/chapters?q=[draft]{1}|x", identity.staffToken());

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"content\":[]");
    }

    @Test
    void aRequestTomcatRefusesIsAnsweredAsProblemJsonNotItsHtmlPage() throws IOException {
        String answer = raw("GET", "/api/directory/chapters?q=a\u0001b", identity.staffToken());

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400", "\"title\":\"Bad Request\"").doesNotContain("<html");
    }

    @Test
    void aForbiddenRequestIsUtf8ProblemJsonWithOnlyTheMembersOfTheStandard() throws IOException {
        // refused by the security filter: only staff retire chapters
        String answer = raw("POST", "/api/directory/chapters/CA/retire", identity.chapterOfficerToken("CA"));

        assertThat(answer).startsWith("HTTP/1.1 403")
                .containsIgnoringCase("Content-Type: application/problem+json;charset=UTF-8")
                .contains("\"status\":403", "\"instance\":\"/api/directory/chapters/CA/retire\"")
                .doesNotContain("\"properties\"", "ISO-8859-1");
    }

    @Test
    void aMultipartContentTypeWithoutItsBoundaryIsABadRequestNotAServerFailure() throws IOException {
        // found by schemathesis: the multipart parser failed before any controller, and that was answered as 500
        String answer = raw("GET", "/api/directory/chapters/CA", identity.staffToken(),
                "Content-Type: multipart/form-data\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400", "multipart");
    }

    @Test
    void aSortWithAStrayPercentSignIsABadSortNotAServerFailure() throws IOException {
        // found by schemathesis: Spring Data decodes sort values a second time, and "%" fails there
        String answer = raw("GET", "/api/directory/people?sort=%25", identity.staffToken());

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"sort\"");
    }

    private String raw(String method, String target, String token) throws IOException {
        return raw(method, target, token, "");
    }

    private String raw(String method, String target, String token, String extraHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n" + extraHeaders
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

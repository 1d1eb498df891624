package org.chapterrelations.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chapterrelations.notification.support.Api;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class TemplatePreviewTest {

    private static final String PREVIEW = "/api/notifications/templates/survey.ReminderDue.v1/email/preview";
    private static final String SAMPLE = """
            {"reportId":"2026-CA","surveyYear":2026,"chapterId":"CA","daysBefore":7,"deadline":"2026-03-31",
             "reportState":"not-started"}""";
    private static final Path OVERRIDE = Path.of("target/test-templates/survey.ReminderDue.v1.email.txt");

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @AfterEach
    void removeOverride() throws Exception {
        Files.deleteIfExists(OVERRIDE);
    }

    @Test
    void staffPreviewTheBuiltInTemplateWithASampleEvent() {
        HttpResponse<String> response = new Api(port).post(PREVIEW, identity.staffToken(), SAMPLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"subject\":\"Your 2026 chapter report is due on 2026-03-31\"",
                "CA's 2026 annual report is due on 2026-03-31 (7 days from now)", "not-started");
    }

    @Test
    void aTemplateTheOfficeEditedInTheTemplatesDirectoryWinsAtOnce() throws Exception {
        Files.createDirectories(OVERRIDE.getParent());
        Files.writeString(OVERRIDE, "Subject: Reminder for ${chapterId}\n\nOnly ${daysBefore} days left!\n");

        assertThat(new Api(port).post(PREVIEW, identity.staffToken(), SAMPLE).body())
                .isEqualTo("{\"subject\":\"Reminder for CA\",\"body\":\"Only 7 days left!\"}");
    }

    @Test
    void anEditedTemplateThatDoesNotParseIsAProblemNamingTheTemplateAndLine() throws Exception {
        Files.createDirectories(OVERRIDE.getParent());
        Files.writeString(OVERRIDE, "Subject: Reminder\n\n${#daysBefore}Only ${daysBefore} days left!\n");

        HttpResponse<String> response = new Api(port).post(PREVIEW, identity.staffToken(), SAMPLE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"template\"",
                "Section missing close tag 'daysBefore' @ line 3");
    }

    @Test
    void anUnknownEventTypeOrChannelIsRefusedAndOfficersMayNotPreview() {
        Api api = new Api(port);
        assertThat(api.post("/api/notifications/templates/survey.Nope.v1/email/preview", identity.staffToken(), "{}")
                .statusCode()).isEqualTo(404);
        assertThat(api.post("/api/notifications/templates/survey.ReminderDue.v1/pager/preview", identity.staffToken(),
                "{}").body()).contains("\"field\":\"channel\"");
        assertThat(api.post(PREVIEW, identity.chapterOfficerToken("CA"), SAMPLE).statusCode()).isEqualTo(403);
    }
}

package org.chapterrelations.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chapterrelations.notification.NotificationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.samskivert.mustache.MustacheException;

/** How an event's fields read in the plain-text e-mails, webhooks and inbox items. */
class TemplatesTest {

    private static final Map<String, Object> REMINDER = Map.of("surveyYear", 2026, "chapterId", "CA",
            "deadline", "2026-03-31", "daysBefore", 7, "reportState", "draft", "recipientName", "Ana");

    @TempDir
    Path edits;

    @Test
    void plainTextKeepsWhatUsersTypedWithoutHtmlEscapes() throws Exception {
        edit("test.Alert.v1.email.txt", "Subject: ${title}\n\n${title} <${links.bill}>\nAreas: ${issueAreas}\n"
                + "Position: ${position}.${#priority} Priority ${priority}.${/priority}"
                + "${^priority} No priority.${/priority}\n");

        Rendered rendered = templates().render("test.Alert.v1", "email", Map.of("title", "Books & \"Bytes\" <Act>",
                "links", Map.of("bill", "http://localhost:8080/bills/x?a=1&b=2"),
                "issueAreas", List.of("funding", "access")));

        assertThat(rendered.subject()).isEqualTo("Books & \"Bytes\" <Act>");
        assertThat(rendered.body()).isEqualTo("""
                Books & "Bytes" <Act> <http://localhost:8080/bills/x?a=1&b=2>
                Areas: funding, access
                Position: . No priority.""");
    }

    @Test
    void aLineBreakInAFieldCannotAddAMailHeaderThroughTheSubject() throws Exception {
        edit("test.Alert.v1.email.txt", "Subject: New: ${title}\r\n\r\n${title}\r\n");

        Rendered rendered = templates().render("test.Alert.v1", "email",
                Map.of("title", "Act\r\nBcc: everyone@example.org\n"));

        assertThat(rendered.subject()).isEqualTo("New: Act Bcc: everyone@example.org");
        assertThat(rendered.body()).isEqualTo("Act\r\nBcc: everyone@example.org");
    }

    @Test
    void aBrokenEditIsReportedByThePreviewWhileDeliveriesUseTheBuiltInTemplate() throws Exception {
        edit("survey.ReminderDue.v1.email.txt", "Subject: Reminder\n\n${#chapterId}\n${daysBefore} days left\n");

        assertThatThrownBy(() -> templates().preview("survey.ReminderDue.v1", "email", REMINDER))
                .isInstanceOf(MustacheException.class).hasMessageContaining("chapterId").hasMessageContaining("3");
        assertThat(templates().render("survey.ReminderDue.v1", "email", REMINDER).subject())
                .isEqualTo("Your 2026 chapter report is due on 2026-03-31");
    }

    @Test
    void aChannelWithoutItsOwnTemplateUsesTheEmailOne() {
        Rendered webhook = templates().render("survey.ReminderDue.v1", "webhook", REMINDER);

        assertThat(webhook).isEqualTo(templates().render("survey.ReminderDue.v1", "email", REMINDER));
        assertThat(webhook.body()).startsWith("Dear Ana,");
    }

    private void edit(String file, String text) throws Exception {
        Files.writeString(edits.resolve(file), text);
    }

    private Templates templates() {
        return new Templates(new NotificationProperties(null, null, null,
                new NotificationProperties.Templates(edits.toString()), null, null));
    }
}

package org.chapterrelations.notification.rule;

import java.util.List;
import java.util.Set;

import org.chapterrelations.notification.notification.NotificationRequest;
import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.notification.preference.RecipientKind;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.notification.preference.Recipients;
import org.chapterrelations.notification.preference.Topics;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Reminders go to the officers of the chapter that owes the report; a submission sends a receipt to
 * whoever submitted it and a note to the staff who switched on {@code survey-receipts}.
 */
@Component
class SurveyRules {

    static final String STAFF_NOTE = ".staff";

    private final ChapterOfficers officers;
    private final Recipients recipients;
    private final RecipientRepository recipientStore;
    private final Notifier notifier;

    SurveyRules(ChapterOfficers officers, Recipients recipients, RecipientRepository recipientStore,
            Notifier notifier) {
        this.officers = officers;
        this.recipients = recipients;
        this.recipientStore = recipientStore;
        this.notifier = notifier;
    }

    void reminderDue(ReceivedEvent event) {
        Report report = event.data(Report.class);
        EventData.require(event, report.reportId() != null && report.chapterId() != null, "reportId or chapterId");
        notifier.notify(new NotificationRequest(event, Topics.SURVEY_REMINDERS, event.type(), EventData.of(event),
                officers.of(List.of(report.chapterId()))));
    }

    void reportSubmitted(ReceivedEvent event) {
        Report report = event.data(Report.class);
        EventData.require(event, report.reportId() != null && report.submittedBy() != null,
                "reportId or submittedBy");
        String submitter = recipients.accountById(report.submittedBy()).id();
        notifier.notify(new NotificationRequest(event, Topics.SURVEY_RECEIPTS, event.type(), EventData.of(event),
                Set.of(submitter)));
        List<String> staff = recipientStore.findByKindAndRolesIn(RecipientKind.ACCOUNT, List.of(Roles.STAFF,
                Roles.ADMIN)).stream().map(recipient -> recipient.id()).filter(id -> !id.equals(submitter)).toList();
        notifier.notify(new NotificationRequest(event, Topics.SURVEY_RECEIPTS, event.type() + STAFF_NOTE,
                EventData.of(event), staff));
    }

    record Report(String reportId, String chapterId, String submittedBy) {
    }
}

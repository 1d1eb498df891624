package org.chapterrelations.notification.rule;

import java.util.Set;

import org.chapterrelations.notification.notification.NotificationRequest;
import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.notification.preference.Recipients;
import org.chapterrelations.notification.preference.Topics;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * A newly appointed officer with an e-mail address becomes a recipient ("person:<personId>") and is
 * welcomed. Without an address there is nobody to reach, so nothing is sent.
 */
@Component
public class WelcomeRule {

    private final Recipients recipients;
    private final Notifier notifier;

    WelcomeRule(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    public void officerAppointed(ReceivedEvent event) {
        Appointment appointment = event.data(Appointment.class);
        if (appointment.email() == null || appointment.personId() == null || appointment.chapterId() == null) {
            return;
        }
        String recipient = recipients.officer(appointment.personId(), appointment.personName(), appointment.email(),
                appointment.chapterId()).id();
        notifier.notify(new NotificationRequest(event, Topics.WELCOME, event.type(), EventData.of(event),
                Set.of(recipient)));
    }

    record Appointment(String chapterId, String personId, String personName, String email) {
    }
}

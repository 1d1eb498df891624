package org.chapterrelations.notification.officer;

import org.chapterrelations.platform.events.consumer.MalformedEventException;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.springframework.stereotype.Component;

/** Keeps officer recipients current: a term is active from its OfficerAppointed until its OfficerTermEnded. */
@Component
public class OfficerRecipientsUpdater {

    private final OfficerRecipientRepository recipients;

    OfficerRecipientsUpdater(OfficerRecipientRepository recipients) {
        this.recipients = recipients;
    }

    public void appointed(ReceivedEvent event) {
        OfficerTermEvent term = readTerm(event);
        // Terms are ended, never reopened: a late or replayed appointment must not revive an ended term.
        boolean alreadyEnded = recipients.findById(term.termId()).map(known -> !known.active()).orElse(false);
        recipients.save(OfficerRecipient.of(term, !alreadyEnded));
    }

    public void termEnded(ReceivedEvent event) {
        OfficerTermEvent term = readTerm(event);
        if (term.end() == null) {
            throw new MalformedEventException("OfficerTermEnded " + event.id() + " lacks end");
        }
        recipients.save(OfficerRecipient.of(term, false));
    }

    private static OfficerTermEvent readTerm(ReceivedEvent event) {
        OfficerTermEvent term = event.data(OfficerTermEvent.class);
        if (!term.hasTermFields()) {
            throw new MalformedEventException(event.type() + " " + event.id()
                    + " lacks chapterId, termId, personId, personName, role or start");
        }
        return term;
    }
}

package org.chapterrelations.notification.preference;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.chapterrelations.platform.web.security.Caller;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.stereotype.Service;

/** Registers recipients: accounts on first use of {@code /me}, officers from the directory's appointments. */
@Service
public class Recipients {

    private final RecipientRepository recipients;
    private final Clock clock;

    Recipients(RecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    /** The caller's recipient, created with default preferences or refreshed with the token's roles and chapter. */
    public Recipient account(Caller caller) {
        String chapter = caller.chapterId() == null ? null : caller.chapterId().toUpperCase(Locale.ROOT);
        Recipient known = recipients.findById(caller.subject()).orElse(null);
        if (known == null) {
            Recipient created = new Recipient(caller.subject(), RecipientKind.ACCOUNT, caller.subject(),
                    caller.roles(), chapter, Preferences.defaults(null, caller.isStaff()), clock.instant(),
                    clock.instant());
            return recipients.save(created);
        }
        if (!known.roles().equals(caller.roles()) || !Objects.equals(known.chapterId(), chapter)) {
            return recipients.save(new Recipient(known.id(), known.kind(), known.name(), caller.roles(), chapter,
                    known.preferences(), known.createdAt(), clock.instant()));
        }
        return known;
    }

    /** An account known only by its {@code sub} (e.g. a report's submitter who never opened their preferences). */
    public Recipient accountById(String subject) {
        return recipients.findById(subject).orElseGet(() -> recipients.save(new Recipient(subject,
                RecipientKind.ACCOUNT, subject, Set.of(), null, Preferences.defaults(null, false), clock.instant(),
                clock.instant())));
    }

    /** A directory officer; preferences they already changed are kept, the e-mail follows the directory. */
    public Recipient officer(String personId, String name, String email, String chapterId) {
        String id = Recipient.officerId(personId);
        String chapter = chapterId.toUpperCase(Locale.ROOT);
        Recipient recipient = recipients.findById(id)
                .map(known -> new Recipient(id, RecipientKind.OFFICER, name, known.roles(), chapter,
                        known.preferences().withEmail(email), known.createdAt(), clock.instant()))
                .orElseGet(() -> new Recipient(id, RecipientKind.OFFICER, name, Set.of(Roles.CHAPTER_OFFICER), chapter,
                        Preferences.defaults(email, false), clock.instant(), clock.instant()));
        return recipients.save(recipient);
    }

    public Recipient save(Recipient recipient) {
        return recipients.save(recipient);
    }
}

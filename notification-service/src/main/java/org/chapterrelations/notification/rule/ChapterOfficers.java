package org.chapterrelations.notification.rule;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chapterrelations.notification.officer.OfficerRecipientRepository;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientKind;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.notification.recipient.ChapterContactRepository;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The officers of some chapters, who are subscribed by default to their chapter's reminders and campaigns:
 * directory officers in office now, and chapter-officer accounts whose token names the chapter.
 */
@Component
class ChapterOfficers {

    private final OfficerRecipientRepository terms;
    private final RecipientRepository recipients;
    private final ChapterContactRepository chapters;

    ChapterOfficers(OfficerRecipientRepository terms, RecipientRepository recipients,
            ChapterContactRepository chapters) {
        this.terms = terms;
        this.recipients = recipients;
        this.chapters = chapters;
    }

    Set<String> of(Collection<String> chapterIds) {
        List<String> codes = chapterIds.stream().map(id -> id.toUpperCase(Locale.ROOT)).toList();
        Set<String> ids = new LinkedHashSet<>();
        terms.findByChapterIdInAndActiveTrue(codes).forEach(term -> ids.add(Recipient.officerId(term.personId())));
        recipients.findByKindAndRolesContainingAndChapterIdIn(RecipientKind.ACCOUNT, Roles.CHAPTER_OFFICER, codes)
                .forEach(account -> ids.add(account.id()));
        return ids;
    }

    /** Chapter codes of the reachable chapters in these states. */
    Set<String> inStates(Collection<String> states) {
        List<String> codes = states.stream().map(state -> state.toUpperCase(Locale.ROOT)).toList();
        Set<String> ids = new LinkedHashSet<>();
        chapters.findByStateInAndReachableTrue(codes).forEach(chapter -> ids.add(chapter.chapterId()));
        return ids;
    }
}

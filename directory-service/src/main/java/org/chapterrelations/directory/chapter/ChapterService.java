package org.chapterrelations.directory.chapter;

import org.chapterrelations.platform.web.http.IfMatch;
import java.time.Clock;
import java.util.List;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Registering, editing and retiring chapters, with who may do what. */
@Service
class ChapterService {

    private final ChapterRepository chapters;
    private final ChapterRules rules;
    private final ChapterSearch search;
    private final Outbox outbox;
    private final Clock clock;

    ChapterService(ChapterRepository chapters, ChapterRules rules, ChapterSearch search, Outbox outbox, Clock clock) {
        this.chapters = chapters;
        this.rules = rules;
        this.search = search;
        this.outbox = outbox;
        this.clock = clock;
    }

    Chapter register(ChapterForm form) {
        rules.check(form, true);
        String code = form.normalisedCode();
        if (chapters.existsById(code)) {
            throw ApiException.conflict("A chapter with code " + code + " already exists.");
        }
        // The chapter and its ChapterRegistered event are one document write; a race on the same code
        // still ends in a duplicate-key 409.
        return outbox.save(Chapter.register(code, ChapterDetails.of(form, false), clock.instant()));
    }

    Chapter get(String code) {
        return chapters.findById(code.strip().toUpperCase())
                .orElseThrow(() -> ApiException.notFound("Chapter", code));
    }

    /** Staff replace any field; the chapter's own officer only its contact fields. */
    Chapter update(String code, ChapterForm form, String ifMatch, Caller caller) {
        Chapter chapter = get(code);
        if (!caller.actsFor(chapter.code())) {
            throw ApiException.forbidden("Only staff and this chapter's officers may edit chapter " + chapter.code()
                    + ".");
        }
        IfMatch.require(ifMatch, chapter.version(), "chapter");
        if (form.code() != null && !form.normalisedCode().equals(chapter.code())) {
            throw ApiException.badField("code", "a chapter's code cannot change");
        }
        rules.check(form, false);
        ChapterDetails details = ChapterDetails.of(form, chapter.sampleData());
        if (!caller.isStaff()) {
            refuseNonContactChanges(details.changedFrom(chapter.details()));
        }
        return chapter.update(details).isEmpty() ? chapter : outbox.save(chapter);
    }

    Chapter retire(String code, Caller caller) {
        Chapter chapter = staffOnly(code, caller, "retire");
        if (chapter.status() == ChapterStatus.RETIRED) {
            throw ApiException.conflict("Chapter " + chapter.code() + " is already retired.");
        }
        chapter.retire();
        return outbox.save(chapter);
    }

    Chapter reactivate(String code, Caller caller) {
        Chapter chapter = staffOnly(code, caller, "reactivate");
        if (chapter.status() == ChapterStatus.ACTIVE) {
            throw ApiException.conflict("Chapter " + chapter.code() + " is already active.");
        }
        chapter.reactivate();
        return outbox.save(chapter);
    }

    Page<Chapter> list(ChapterFilter filter, Pageable pageable) {
        return search.find(filter, pageable);
    }

    private Chapter staffOnly(String code, Caller caller, String action) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only staff may " + action + " a chapter.");
        }
        return get(code);
    }

    private static void refuseNonContactChanges(List<String> changed) {
        List<FieldProblem> refused = changed.stream()
                .filter(field -> !ChapterDetails.CONTACT_FIELDS.contains(field))
                .map(field -> new FieldProblem(field, "a chapter officer may change only the contact fields "
                        + "(website, publicEmail, publicPhone, mailingAddress)"))
                .toList();
        if (!refused.isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Chapter officers may edit only their chapter's contact "
                    + "fields.", refused);
        }
    }
}

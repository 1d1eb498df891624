package org.chapterrelations.directory.chapter;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a bulk import needs from chapters: the registration rules as a list of problems (so a whole file
 * is checked before anything is written), and a create-or-update that writes only what differs, through
 * the same paths (and events) as the chapter API.
 */
@Component
public class ChapterImports {

    /** What applying one row did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final ChapterRules rules;
    private final ChapterRepository chapters;
    private final ChapterService service;
    private final Outbox outbox;

    ChapterImports(ChapterRules rules, ChapterRepository chapters, ChapterService service, Outbox outbox) {
        this.rules = rules;
        this.chapters = chapters;
        this.service = service;
        this.outbox = outbox;
    }

    /** Every rule a registration must pass, by API field name; {@code isStateChapter} judges parents. */
    public List<FieldProblem> problems(ChapterForm form, Predicate<String> isStateChapter) {
        return rules.problems(form, true, isStateChapter);
    }

    /** The kind of the stored chapter with this (normalised) code, if there is one. */
    public Optional<ChapterKind> storedKind(String code) {
        return chapters.findById(code).map(Chapter::kind);
    }

    /** Registers the chapter if absent, else replaces the fields that differ (no write, no event if none). */
    public Outcome apply(ChapterForm form) {
        Optional<Chapter> stored = chapters.findById(form.normalisedCode());
        if (stored.isEmpty()) {
            service.register(form);
            return Outcome.CREATED;
        }
        Chapter chapter = stored.get();
        if (chapter.update(ChapterDetails.of(form, chapter.sampleData())).isEmpty()) {
            return Outcome.UNCHANGED;
        }
        outbox.save(chapter);
        return Outcome.UPDATED;
    }
}

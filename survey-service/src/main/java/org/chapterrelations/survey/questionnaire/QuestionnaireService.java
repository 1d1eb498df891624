package org.chapterrelations.survey.questionnaire;

import java.time.Clock;
import java.util.List;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.http.IfMatch;
import org.springframework.stereotype.Service;

/** Drafting, publishing, revising and copying questionnaires (staff only: enforced by SecurityConfig). */
@Service
class QuestionnaireService {

    private final QuestionnaireRepository repository;
    private final Questionnaires questionnaires;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository repository, Questionnaires questionnaires, Clock clock) {
        this.repository = repository;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Creates revision 1 as a draft, or replaces the current draft; a published revision is frozen. */
    Saved saveDraft(int year, List<Section> sections, String ifMatch) {
        QuestionnaireRules.check(sections);
        Questionnaire latest = questionnaires.latest(year).orElse(null);
        if (latest == null) {
            return new Saved(repository.insert(Questionnaire.draft(year, 1, sections, null, clock.instant())), true);
        }
        if (latest.published()) {
            throw ApiException.conflict("Revision " + latest.revision() + " of " + year + " is published and frozen: "
                    + "POST /api/surveys/" + year + "/questionnaire/revisions to start a new one.");
        }
        IfMatch.require(ifMatch, latest.version(), "questionnaire");
        latest.replaceSections(sections);
        return new Saved(repository.save(latest), false);
    }

    Questionnaire publish(int year) {
        Questionnaire latest = questionnaires.latest(year)
                .orElseThrow(() -> ApiException.notFound("Questionnaire for", year));
        if (latest.published()) {
            throw ApiException.conflict("Revision " + latest.revision() + " of " + year + " is already published.");
        }
        latest.publish(clock.instant());
        return repository.save(latest);
    }

    /** A new draft revision starting from the published one; reports already started keep theirs. */
    Questionnaire newRevision(int year) {
        Questionnaire latest = questionnaires.latest(year)
                .orElseThrow(() -> ApiException.notFound("Questionnaire for", year));
        if (!latest.published()) {
            throw ApiException.conflict("Revision " + latest.revision() + " of " + year
                    + " is still a draft: edit it.");
        }
        return repository.insert(Questionnaire.draft(year, latest.revision() + 1, latest.sections(),
                latest.copiedFromYear(), clock.instant()));
    }

    /** This year's first draft, copied from another year's latest published questionnaire. */
    Questionnaire copy(int year, int fromYear) {
        if (questionnaires.latest(year).isPresent()) {
            throw ApiException.conflict("The " + year + " questionnaire already exists.");
        }
        Questionnaire source = questionnaires.currentPublished(fromYear)
                .orElseThrow(() -> ApiException.notFound("Published questionnaire for", fromYear));
        return repository.insert(Questionnaire.draft(year, 1, source.sections(), fromYear, clock.instant()));
    }

    record Saved(Questionnaire questionnaire, boolean created) {
    }
}

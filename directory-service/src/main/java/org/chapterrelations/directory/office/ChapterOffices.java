package org.chapterrelations.directory.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every term of office ever held at one chapter (id = chapter code). One document, so that the rules
 * between terms (one president at a time) are checked against a consistent whole, concurrent appointments
 * meet at {@code @Version}, and each change is stored with its events in a single write.
 */
@Document("chapter_offices")
public class ChapterOffices extends OutboxAggregate {

    @Id
    private String chapterId;
    private List<Term> terms = new ArrayList<>();
    /** ISO date on which the next unpublished appointment or ending falls due; null if none. */
    @Indexed
    private String nextAnnouncementDue;
    @Version
    private Long version;

    ChapterOffices() {
    }

    static ChapterOffices open(String chapterId) {
        ChapterOffices offices = new ChapterOffices();
        offices.chapterId = chapterId;
        return offices;
    }

    /**
     * Adds a term. A single-holder office may not overlap another term of the same office, except that a new
     * president starting after the sitting one ends the sitting president's term the day before.
     */
    Term appoint(Term.Holder holder, OfficeRole role, LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ApiException.badField("end", "must not be before start (" + start + ")");
        }
        List<Term> overlapping = role.singleHolder() ? terms.stream()
                .filter(term -> term.role() == role && term.overlaps(start, end)).toList() : List.of();
        for (Term other : overlapping) {
            if (role != OfficeRole.PRESIDENT || !other.start().isBefore(start)) {
                throw OfficeProblems.overlap(role, other);
            }
        }
        overlapping.forEach(previous -> previous.endNoLaterThan(start.minusDays(1)));
        Term term = Term.open(holder, role, start, end);
        terms.add(term);
        return term;
    }

    /** Ends a term on {@code lastDay}; a term may be shortened but not lengthened. */
    Term end(String termId, LocalDate lastDay) {
        Term term = term(termId).orElseThrow(() -> ApiException.notFound("Term", termId));
        if (lastDay.isBefore(term.start())) {
            throw ApiException.badField("end", "must not be before the term's start (" + term.start() + ")");
        }
        if (term.end() != null && lastDay.isAfter(term.end())) {
            throw OfficeProblems.conflict("end", "the term already ends on " + term.end()
                    + "; a term can be shortened, not extended: appoint a new term instead");
        }
        term.endOn(lastDay);
        return term;
    }

    /**
     * The president-elect becomes president on {@code effective}; the sitting president, if any, becomes
     * past-president (ending the sitting past-president's term). Returns the new terms.
     */
    List<Term> succeed(LocalDate effective) {
        LocalDate eve = effective.minusDays(1);
        Term elect = holderOn(OfficeRole.PRESIDENT_ELECT, eve).orElseThrow(() -> OfficeProblems.conflict(
                "effectiveDate", "no president-elect holds office on " + eve + " to succeed as president"));
        Optional<Term> president = holderOn(OfficeRole.PRESIDENT, eve);
        refuseLaterTerms(OfficeRole.PRESIDENT, effective);
        if (president.isPresent()) {
            refuseLaterTerms(OfficeRole.PAST_PRESIDENT, effective);
        }
        elect.endNoLaterThan(eve);
        List<Term> started = new ArrayList<>();
        president.ifPresent(sitting -> {
            sitting.endNoLaterThan(eve);
            holderOn(OfficeRole.PAST_PRESIDENT, eve).ifPresent(past -> past.endNoLaterThan(eve));
            started.add(add(Term.open(sitting.holder(), OfficeRole.PAST_PRESIDENT, effective, null)));
        });
        started.add(0, add(Term.open(elect.holder(), OfficeRole.PRESIDENT, effective, null)));
        return started;
    }

    /**
     * Raises the events that are due by {@code today} and not yet published: an appointment on its first
     * day, an ending on the day after its last. Endings go before appointments of the same day, so a
     * consumer sees the old president leave before the new one arrives;
     * then by office, president first. Returns how many were raised.
     */
    int announceDue(LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (Term term : terms) {
            if (term.appointmentDue(today)) {
                due.add(new Due(term.start(), 1, term));
            }
            if (term.endDue(today)) {
                due.add(new Due(term.end().plusDays(1), 0, term));
            }
        }
        due.sort(Comparator.comparing(Due::day).thenComparing(Due::order).thenComparing(Due::role));
        for (Due change : due) {
            if (change.order() == 0) {
                change.term().markEndAnnounced();
                raise(OfficerEvents.TOPIC, OfficerEvents.TERM_ENDED, OfficerEvents.of(chapterId, change.term()));
            }
            else {
                change.term().markAppointedAnnounced();
                raise(OfficerEvents.TOPIC, OfficerEvents.APPOINTED, OfficerEvents.of(chapterId, change.term()));
            }
        }
        nextAnnouncementDue = terms.stream().map(Term::nextAnnouncement).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
        return due.size();
    }

    List<Term> currentOn(LocalDate day) {
        return terms.stream().filter(term -> term.currentOn(day))
                .sorted(Comparator.comparing(Term::role).thenComparing(Term::start)).toList();
    }

    /** Every term ever, newest first. */
    List<Term> history() {
        return terms.stream().sorted(Comparator.comparing(Term::start).reversed()
                .thenComparing(Term::role)).toList();
    }

    Optional<Term> term(String termId) {
        return terms.stream().filter(term -> term.termId().equals(termId)).findFirst();
    }

    private Optional<Term> holderOn(OfficeRole role, LocalDate day) {
        return terms.stream().filter(term -> term.role() == role && term.currentOn(day)).findFirst();
    }

    private void refuseLaterTerms(OfficeRole role, LocalDate from) {
        terms.stream().filter(term -> term.role() == role && !term.start().isBefore(from)).findFirst()
                .ifPresent(later -> {
                    throw OfficeProblems.overlap(role, later);
                });
    }

    private Term add(Term term) {
        terms.add(term);
        return term;
    }

    @Override
    public String aggregateId() {
        return chapterId;
    }

    public String chapterId() {
        return chapterId;
    }

    public List<Term> terms() {
        return List.copyOf(terms);
    }

    private record Due(LocalDate day, int order, Term term) {

        OfficeRole role() {
            return term.role();
        }
    }
}

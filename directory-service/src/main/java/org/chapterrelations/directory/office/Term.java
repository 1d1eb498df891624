package org.chapterrelations.directory.office;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One term of office: who held which office from {@code start} to {@code end} (inclusive; open while
 * {@code end} is null). Terms are ended, never deleted. Whether a term is current is computed from its
 * dates; the two flags only record which of its events have been published.
 */
public class Term {

    private String termId;
    private String personId;
    private String personName;
    /** Copied at appointment, for the events (consumers mail officers); never shown publicly. */
    private String email;
    private OfficeRole role;
    private LocalDate start;
    private LocalDate end;
    private boolean appointedAnnounced;
    private boolean endAnnounced;

    Term() {
    }

    static Term open(Holder holder, OfficeRole role, LocalDate start, LocalDate end) {
        Term term = new Term();
        term.termId = UUID.randomUUID().toString();
        term.personId = holder.personId();
        term.personName = holder.personName();
        term.email = holder.email();
        term.role = role;
        term.start = start;
        term.end = end;
        return term;
    }

    boolean currentOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** True if this term shares at least one day with [{@code from}, {@code to}] ({@code to} null = open). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    /** Sets the last day; a new last day is published again even if an earlier one was. */
    void endOn(LocalDate lastDay) {
        end = lastDay;
        endAnnounced = false;
    }

    /** Ends the term on {@code lastDay} unless it already ends by then. */
    void endNoLaterThan(LocalDate lastDay) {
        if (end == null || end.isAfter(lastDay)) {
            endOn(lastDay);
        }
    }

    boolean appointmentDue(LocalDate today) {
        return !appointedAnnounced && !start.isAfter(today);
    }

    /** A term's end is news on the day after its last day. */
    boolean endDue(LocalDate today) {
        return end != null && !endAnnounced && end.isBefore(today);
    }

    /** The first day on which one of this term's events is still to be published, or null. */
    LocalDate nextAnnouncement() {
        if (!appointedAnnounced) {
            return start;
        }
        return end != null && !endAnnounced ? end.plusDays(1) : null;
    }

    void markAppointedAnnounced() {
        appointedAnnounced = true;
    }

    void markEndAnnounced() {
        endAnnounced = true;
    }

    Holder holder() {
        return new Holder(personId, personName, email);
    }

    public String termId() {
        return termId;
    }

    public String personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String email() {
        return email;
    }

    public OfficeRole role() {
        return role;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    /** Who takes the office, as copied into the term at appointment. */
    record Holder(String personId, String personName, String email) {
    }
}

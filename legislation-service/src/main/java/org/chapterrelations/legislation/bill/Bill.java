package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.StatusEntry;
import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bill: what the legislature published ({@link BillContent}), the status its actions give, and the
 * office's view. Every change raises its events inside the same document, so state and events are one write.
 * Top-level copies of searched fields (jurisdiction, tokens, ...) keep queries on indexed fields.
 */
@Document("bills")
public class Bill extends OutboxAggregate {

    @Id
    private String id;
    @Indexed
    private String jurisdiction;
    @Indexed
    private String session;
    @Indexed
    private String normalisedIdentifier;
    private BillContent content;
    @Indexed
    private BillStatus status;
    private List<StatusEntry> statusHistory;
    private LocalDate firstActionDate;
    @Indexed
    private LocalDate latestActionDate;
    private LocalDate sessionEndedOn;
    private OfficeView office = OfficeView.UNTRACKED;
    @Indexed
    private boolean publicView;
    /** Lower-cased words of identifier, titles, abstracts and subjects: what {@code q} matches (no $text). */
    @Indexed
    private List<String> searchTokens;
    @Indexed
    private List<String> subjectKeys;
    private Instant createdAt;
    @Indexed
    private Instant updatedAt;
    @Version
    private Long version;

    Bill() {
    }

    /**
     * A new bill; tracked from the start when {@code tracking} is given (a watch rule matched it). A bill
     * tracked at birth raises BillTracked only, which names its first status: one alert, not two.
     */
    static Bill create(BillContent content, Optional<Tracking> tracking, Instant now) {
        Bill bill = new Bill();
        bill.id = BillIds.of(content);
        bill.createdAt = now;
        bill.apply(content, now);
        tracking.ifPresentOrElse(trackedBy -> bill.track(trackedBy, now), () -> bill.raiseStatusChangeFrom(null));
        return bill;
    }

    /** Replaces the legislature's data; returns the fields that changed (nothing changes, nothing is raised, if none). */
    List<String> update(BillContent incoming, Instant now) {
        BillContent next = incoming.withSessionNameFrom(content);
        List<String> changed = content.changedFields(next);
        if (changed.isEmpty()) {
            return changed;
        }
        BillStatus previous = status;
        apply(next, now);
        raise(BillEvents.TOPIC, BillEvents.UPDATED, BillEvents.updated(this, changed));
        raiseStatusChangeFrom(previous);
        return changed;
    }

    /** Tracks the bill with the given defaults; false (and no event) if it already was tracked. */
    boolean track(Tracking tracking, Instant now) {
        if (office.tracked()) {
            return false;
        }
        changeOffice(new OfficeView(true, tracking.position(), tracking.priority(), tracking.issueAreas(),
                office.notes(), office.owner()), now);
        raise(BillEvents.TOPIC, BillEvents.TRACKED, BillEvents.tracked(this, tracking));
        return true;
    }

    /** The office's new view; raises BillTracked when it becomes tracked and BillPositionSet when the stance changed. */
    void changeOffice(OfficeView next, String username, Instant now) {
        OfficeView before = office;
        changeOffice(next, now);
        if (!before.tracked() && next.tracked()) {
            raise(BillEvents.TOPIC, BillEvents.TRACKED, BillEvents.tracked(this, new Tracking(username, null,
                    next.position(), next.priority(), next.issueAreas())));
        }
        boolean stanceChanged = next.position() != before.position() || next.priority() != before.priority()
                || !next.issueAreas().equals(before.issueAreas());
        if (next.position() != null && (stanceChanged || !before.tracked() && next.tracked())) {
            raise(BillEvents.TOPIC, BillEvents.POSITION_SET,
                    BillEvents.positionSet(this, username, before.position() == null ? null : before.position().wire()));
        }
    }

    /** The session is over: a bill without an outcome is dead. False if it was already told so. */
    boolean endSession(LocalDate endedOn, Instant now) {
        if (endedOn.equals(sessionEndedOn)) {
            return false;
        }
        BillStatus previous = status;
        sessionEndedOn = endedOn;
        apply(content, now);
        raiseStatusChangeFrom(previous);
        return true;
    }

    private void changeOffice(OfficeView next, Instant now) {
        office = next;
        publicView = next.isPublic();
        updatedAt = now;
    }

    private void apply(BillContent next, Instant now) {
        content = next;
        jurisdiction = next.jurisdiction();
        session = next.session().identifier();
        normalisedIdentifier = BillIds.normaliseIdentifier(next.identifier());
        statusHistory = StatusDerivation.history(next.actions(), sessionEndedOn);
        status = statusHistory.isEmpty() ? BillStatus.INTRODUCED : statusHistory.get(statusHistory.size() - 1).status();
        firstActionDate = next.firstActionDate();
        latestActionDate = next.latestActionDate();
        searchTokens = SearchTokens.of(next);
        subjectKeys = next.subjects().stream().map(subject -> subject.strip().toLowerCase()).distinct().toList();
        updatedAt = now;
    }

    /** One BillStatusChanged when the status differs from {@code previous}, naming the action that caused it. */
    private void raiseStatusChangeFrom(BillStatus previous) {
        if (status == previous || statusHistory.isEmpty()) {
            return;
        }
        raise(BillEvents.TOPIC, BillEvents.STATUS_CHANGED, BillEvents.statusChanged(this, previous, cause()));
    }

    private Action cause() {
        StatusEntry last = statusHistory.get(statusHistory.size() - 1);
        return content.actions().stream().filter(action -> Objects.equals(action.order(), last.actionOrder()))
                .findFirst()
                .orElse(new Action(last.since(), null, "Session ended without enactment", null, List.of(), null));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public BillContent content() {
        return content;
    }

    public BillStatus status() {
        return status;
    }

    public List<StatusEntry> statusHistory() {
        return statusHistory;
    }

    public LocalDate firstActionDate() {
        return firstActionDate;
    }

    public LocalDate latestActionDate() {
        return latestActionDate;
    }

    public LocalDate sessionEndedOn() {
        return sessionEndedOn;
    }

    public OfficeView office() {
        return office;
    }

    public boolean isPublic() {
        return publicView;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}

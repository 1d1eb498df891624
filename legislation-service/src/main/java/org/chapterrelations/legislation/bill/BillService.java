package org.chapterrelations.legislation.bill;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.legislation.common.IssueAreas;
import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;
import org.chapterrelations.legislation.common.WireValue;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Reading one bill (with who may see it), upserting one, the office's position, and the end of a session. */
@Service
class BillService {

    private final BillRepository bills;
    private final BillUpserter upserter;
    private final Outbox outbox;
    private final Clock clock;

    BillService(BillRepository bills, BillUpserter upserter, Outbox outbox, Clock clock) {
        this.bills = bills;
        this.upserter = upserter;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Anonymous callers see only tracked bills with a public position; others are 404 to them. */
    Bill get(String id, Caller caller) {
        Bill bill = bills.findById(id.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound("Bill", id));
        if (caller.isAnonymous() && !bill.isPublic()) {
            throw ApiException.notFound("Bill", id);
        }
        return bill;
    }

    BillUpserter.Result upsert(BillContent form) {
        if (form == null) {
            throw ApiException.badField("body", "is required");
        }
        BillContent content = form.normalised();
        List<FieldProblem> problems = BillRules.problems(content);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        return upserter.upsert(content);
    }

    Bill changePosition(String id, PositionForm form, String ifMatch, Caller caller) {
        Bill bill = get(id, caller);
        IfMatch.require(ifMatch, bill.version(), "bill");
        OfficeView next = merge(bill.office(), form);
        if (next.equals(bill.office())) {
            return bill;
        }
        bill.changeOffice(next, caller.subject(), clock.instant());
        return outbox.save(bill);
    }

    /** Marks every bill of the session that has no outcome dead; returns how many changed status. */
    int endSession(String jurisdiction, String session, LocalDate endedOn) {
        AtomicInteger died = new AtomicInteger();
        try (Stream<Bill> stream = bills.findByJurisdictionAndSession(jurisdiction.toLowerCase(Locale.ROOT), session)) {
            stream.forEach(bill -> {
                BillStatus before = bill.status();
                if (bill.endSession(endedOn, clock.instant())) {
                    outbox.save(bill);
                    if (bill.status() == BillStatus.DEAD && before != BillStatus.DEAD) {
                        died.incrementAndGet();
                    }
                }
            });
        }
        return died.get();
    }

    private static OfficeView merge(OfficeView current, PositionForm form) {
        if (form == null) {
            throw ApiException.badField("body", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Position position = current.position();
        if (form.position() != null) {
            position = form.position().isBlank() ? null : WireValue.find(Position.class, form.position());
            if (!form.position().isBlank() && position == null) {
                problems.add(new FieldProblem("position", "must be one of " + WireValue.names(Position.class)));
            }
        }
        Priority priority = current.priority();
        if (form.priority() != null) {
            priority = form.priority().isBlank() ? null : WireValue.find(Priority.class, form.priority());
            if (!form.priority().isBlank() && priority == null) {
                problems.add(new FieldProblem("priority", "must be one of " + WireValue.names(Priority.class)));
            }
        }
        List<String> areas = form.issueAreas() == null ? current.issueAreas() : IssueAreas.normalise(form.issueAreas());
        problems.addAll(IssueAreas.problems("issueAreas", areas));
        String notes = form.notes() == null ? current.notes() : emptyToNull(form.notes());
        if (notes != null && notes.length() > 10_000) {
            problems.add(new FieldProblem("notes", "must be at most 10000 characters"));
        }
        String owner = form.owner() == null ? current.owner() : emptyToNull(form.owner());
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        boolean tracked = form.tracked() != null ? form.tracked()
                : current.tracked() || form.position() != null && position != null;
        return new OfficeView(tracked, position, priority, areas, notes, owner);
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}

package org.chapterrelations.legislation.bill;

import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.common.WireValue;

/** What legislation-service publishes on {@code legislation.bills.v1}; docs/events/legislation.Bill*.v1 are the contract. */
final class BillEvents {

    static final String TOPIC = "legislation.bills.v1";
    static final String TRACKED = "legislation.BillTracked.v1";
    static final String UPDATED = "legislation.BillUpdated.v1";
    static final String STATUS_CHANGED = "legislation.BillStatusChanged.v1";
    static final String POSITION_SET = "legislation.BillPositionSet.v1";

    private BillEvents() {
    }

    static BillTracked tracked(Bill bill, Tracking tracking) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return new BillTracked(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(), c.title(),
                WireValue.of(bill.status()), WireValue.of(office.position()), WireValue.of(office.priority()),
                office.issueAreas(), tracking.trackedBy(), tracking.ruleId(), "/api/legislation/bills/" + bill.id());
    }

    static BillUpdated updated(Bill bill, List<String> changedFields) {
        BillContent c = bill.content();
        return new BillUpdated(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(), c.title(),
                bill.office().tracked(), changedFields);
    }

    static BillStatusChanged statusChanged(Bill bill, BillStatus previous, Action cause) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return new BillStatusChanged(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(), c.title(),
                office.tracked(), WireValue.of(previous), bill.status().wire(), EventAction.of(cause),
                WireValue.of(office.position()), WireValue.of(office.priority()), office.issueAreas());
    }

    static BillPositionSet positionSet(Bill bill, String setBy, String previousPosition) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return new BillPositionSet(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(), c.title(),
                office.position().wire(), WireValue.of(office.priority()), office.issueAreas(), setBy,
                previousPosition);
    }

    record BillTracked(String billId, String jurisdiction, String session, String identifier, String title,
            String status, String position, String priority, List<String> issueAreas, String trackedBy,
            String ruleId, String url) {
    }

    record BillUpdated(String billId, String jurisdiction, String session, String identifier, String title,
            boolean tracked, List<String> changedFields) {
    }

    record BillStatusChanged(String billId, String jurisdiction, String session, String identifier, String title,
            boolean tracked, String previousStatus, String status, EventAction action, String position,
            String priority, List<String> issueAreas) {
    }

    record BillPositionSet(String billId, String jurisdiction, String session, String identifier, String title,
            String position, String priority, List<String> issueAreas, String setBy, String previousPosition) {
    }

    record EventAction(LocalDate date, String description, String chamber, List<String> classifications) {

        static EventAction of(Action action) {
            return new EventAction(action.date(), action.description(), chamber(action.chamber()),
                    action.classifications());
        }

        /** The contract allows upper, lower, executive, legislature or null. */
        private static String chamber(String chamber) {
            return chamber != null && List.of("upper", "lower", "executive", "legislature").contains(chamber)
                    ? chamber : null;
        }
    }
}

package org.chapterrelations.legislation.bill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.StatusEntry;

/**
 * A bill's status history from its actions in chronological order ({@link BillContent#normalised}), using Open
 * States' action classifications. Pure: the same actions always give the same history, so a re-import can never
 * invent a status change. A later action can revive a failed bill: a passage, or a new referral or report.
 */
public final class StatusDerivation {

    private StatusDerivation() {
    }

    /**
     * @param actions        the bill's actions in their order
     * @param sessionEndedOn the day the session ended, or null while it runs: a bill without an outcome is then dead
     */
    public static List<StatusEntry> history(List<Action> actions, LocalDate sessionEndedOn) {
        List<StatusEntry> history = new ArrayList<>();
        Set<String> passedChambers = new HashSet<>();
        BillStatus current = null;
        for (Action action : actions) {
            for (String classification : action.classifications()) {
                BillStatus next = next(current, classification, action, passedChambers);
                if (next != current) {
                    history.add(new StatusEntry(next, action.date(), action.order()));
                    current = next;
                }
            }
        }
        if (sessionEndedOn != null && (current == null || !current.hasOutcome())) {
            history.add(new StatusEntry(BillStatus.DEAD, sessionEndedOn, null));
        }
        return history;
    }

    /** Each classification's effect; docs/api/legislation.md has the same table for readers. */
    private static BillStatus next(BillStatus current, String classification, Action action, Set<String> passed) {
        return switch (classification.toLowerCase()) {
            case "introduction", "filing" -> current == null ? BillStatus.INTRODUCED : current;
            // a bill held or failed in committee comes back to committee when it is referred or reported again
            case "referral-committee", "referral" -> current == null || current == BillStatus.INTRODUCED
                    || current == BillStatus.FAILED ? BillStatus.IN_COMMITTEE : current;
            case "committee-passage", "committee-passage-favorable", "committee-passage-unfavorable" ->
                    current == BillStatus.FAILED ? BillStatus.IN_COMMITTEE : current;
            case "passage" -> passage(current, action, passed);
            case "executive-receipt" -> current == BillStatus.ENACTED ? current : BillStatus.SENT_TO_EXECUTIVE;
            // a line-item veto strikes items from a bill that otherwise becomes law
            case "executive-signature", "became-law", "executive-veto-line-item" -> BillStatus.ENACTED;
            case "executive-veto", "veto" -> current == BillStatus.ENACTED ? current : BillStatus.VETOED;
            case "veto-override-passage" -> current == BillStatus.VETOED ? BillStatus.ENACTED : current;
            case "failure", "committee-failure", "withdrawal" -> current == BillStatus.ENACTED
                    || current == BillStatus.VETOED ? current : BillStatus.FAILED;
            // veto-override-failure leaves a veto standing; readings, amendments, deferrals change nothing
            default -> current;
        };
    }

    private static BillStatus passage(BillStatus current, Action action, Set<String> passed) {
        if (current == BillStatus.SENT_TO_EXECUTIVE || current == BillStatus.ENACTED || current == BillStatus.VETOED) {
            return current;
        }
        String chamber = action.chamber() == null ? "unknown-" + passed.size() : action.chamber().toLowerCase();
        passed.add(chamber);
        boolean both = chamber.equals("legislature") || passed.size() >= 2;
        return both ? BillStatus.PASSED_BOTH_CHAMBERS : BillStatus.PASSED_ONE_CHAMBER;
    }
}

package org.chapterrelations.legislation.bill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.StatusEntry;

/**
 * A bill's status history from its actions, in order, using Open States' action classifications. Pure:
 * the same actions always give the same history, so a re-import can never invent a status change.
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

    private static BillStatus next(BillStatus current, String classification, Action action, Set<String> passed) {
        return switch (classification.toLowerCase()) {
            case "introduction", "filing" -> current == null ? BillStatus.INTRODUCED : current;
            case "referral-committee" -> current == null || current == BillStatus.INTRODUCED
                    ? BillStatus.IN_COMMITTEE : current;
            case "passage" -> passage(current, action, passed);
            case "executive-receipt" -> current == BillStatus.ENACTED ? current : BillStatus.SENT_TO_EXECUTIVE;
            case "executive-signature", "became-law" -> BillStatus.ENACTED;
            case "executive-veto", "veto" -> current == BillStatus.ENACTED ? current : BillStatus.VETOED;
            case "veto-override-passage" -> current == BillStatus.VETOED ? BillStatus.ENACTED : current;
            case "failure", "withdrawal" -> current == BillStatus.ENACTED || current == BillStatus.VETOED
                    ? current : BillStatus.FAILED;
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

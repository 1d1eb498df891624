package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.StatusEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status from actions, one action at a time: each row adds an action to the previous rows' and names the status. */
class StatusDerivationTest {

    @ParameterizedTest(name = "{0} actions: ... then {2}/{1} -> {3}")
    @CsvSource({
            "1, lower,       introduction,          introduced",
            "2, lower,       referral-committee,    in-committee",
            "3, lower,       committee-passage,     in-committee",
            "4, lower,       passage,               passed-one-chamber",
            "5, upper,       referral-committee,    passed-one-chamber",
            "6, upper,       passage,               passed-both-chambers",
            "7, executive,   executive-receipt,     sent-to-executive",
            "8, executive,   executive-signature,   enacted" })
    void aBillMovesThroughBothChambersToEnactment(int count, String chamber, String classification, String status) {
        assertThat(last(StatusDerivation.history(firstActions(count), null))).isEqualTo(status);
    }

    private static List<Action> firstActions(int count) {
        String[][] steps = { { "lower", "introduction" }, { "lower", "referral-committee" },
                { "lower", "committee-passage" }, { "lower", "passage" }, { "upper", "referral-committee" },
                { "upper", "passage" }, { "executive", "executive-receipt" }, { "executive", "executive-signature" } };
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            actions.add(action(i + 1, steps[i][0], steps[i][1]));
        }
        return actions;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'introduction',                                            introduced",
            "'introduction,became-law',                                 enacted",
            "'introduction,passage',                                    passed-one-chamber",
            "'introduction,executive-veto',                             vetoed",
            "'introduction,veto',                                       vetoed",
            "'introduction,executive-veto,veto-override-passage',       enacted",
            "'introduction,referral-committee,failure',                 failed",
            "'introduction,withdrawal',                                 failed",
            "'introduction,executive-signature,failure',                enacted",
            "'introduction,reading-1,amendment-introduction',           introduced",
            "'introduction,referral-committee,committee-failure',       failed",
            "'introduction,referral-committee,committee-failure,committee-passage', in-committee",
            "'introduction,referral-committee,committee-failure,passage', passed-one-chamber",
            "'introduction,withdrawal,referral-committee',              in-committee",
            "'introduction,passage,executive-veto-line-item',           enacted",
            "'introduction,executive-veto,veto-override-failure',       vetoed",
            "'introduction,executive-signature,committee-failure',      enacted" })
    void eachClassificationMovesTheStatus(String classifications, String status) {
        List<Action> actions = new ArrayList<>();
        String[] steps = classifications.split(",");
        for (int i = 0; i < steps.length; i++) {
            actions.add(action(i + 1, "upper", steps[i]));
        }
        assertThat(last(StatusDerivation.history(actions, null))).isEqualTo(status);
    }

    @Test
    void aUnicameralPassageIsPassageInBothChambers() {
        assertThat(last(StatusDerivation.history(List.of(action(1, "legislature", "introduction"),
                action(2, "legislature", "passage")), null))).isEqualTo("passed-both-chambers");
    }

    @Test
    void aBillWithoutOutcomeDiesWhenTheSessionEndsAndAnEnactedOneDoesNot() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        List<StatusEntry> dead = StatusDerivation.history(firstActions(4), end);
        assertThat(dead.get(dead.size() - 1)).isEqualTo(new StatusEntry(BillStatus.DEAD, end, null));
        assertThat(last(StatusDerivation.history(firstActions(8), end))).isEqualTo("enacted");
    }

    @Test
    void theHistoryRecordsEachStatusWithItsDayAndCausingAction() {
        List<StatusEntry> history = StatusDerivation.history(firstActions(6), null);

        assertThat(history).extracting(StatusEntry::status).containsExactly(BillStatus.INTRODUCED,
                BillStatus.IN_COMMITTEE, BillStatus.PASSED_ONE_CHAMBER, BillStatus.PASSED_BOTH_CHAMBERS);
        assertThat(history.get(2)).isEqualTo(new StatusEntry(BillStatus.PASSED_ONE_CHAMBER,
                LocalDate.of(2026, 1, 4), 4));
    }

    @Test
    void theSameActionsAlwaysGiveTheSameHistory() {
        assertThat(StatusDerivation.history(firstActions(8), null))
                .isEqualTo(StatusDerivation.history(firstActions(8), null));
    }

    private static Action action(int order, String chamber, String... classifications) {
        return new Action(LocalDate.of(2026, 1, order), null, "step " + order, chamber, Arrays.asList(classifications),
                order);
    }

    private static String last(List<StatusEntry> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1).status().wire();
    }
}

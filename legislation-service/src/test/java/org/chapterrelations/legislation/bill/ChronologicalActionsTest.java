package org.chapterrelations.legislation.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.junit.jupiter.api.Test;

/** Actions come out oldest first whatever order the source lists them in; ties keep the source's order. */
class ChronologicalActionsTest {

    @Test
    void sameDayActionsOfAnOldestFirstListKeepTheirOrder() {
        List<Action> listed = List.of(action("a", "2025-03-10", null, null), action("b", "2025-03-10", null, null),
                action("c", "2025-03-11", null, null));

        assertThat(descriptions(BillContent.chronological(listed))).containsExactly("a", "b", "c");
    }

    @Test
    void aNewestFirstListIsReadBackwardsSoThatSameDayActionsKeepTheirRealOrder() {
        List<Action> listed = List.of(action("c", "2025-03-11", null, null), action("b", "2025-03-10", null, null),
                action("a", "2025-03-10", null, null));

        assertThat(descriptions(BillContent.chronological(listed))).containsExactly("a", "b", "c");
    }

    @Test
    void timesOrderActionsOfOneDayAcrossOffsetsAndTheSourcesOwnNumbersBreakTies() {
        List<Action> listed = List.of(
                action("evening", "2025-03-10", "2025-03-10T18:00:00-08:00", 1),
                action("morning", "2025-03-10", "2025-03-10T09:00:00-08:00", 2),
                action("20:00 UTC, no offset", "2025-03-10", "2025-03-10T20:00:00", 3),
                action("undated", null, null, 4),
                action("first", "2025-03-01", null, 5));

        assertThat(descriptions(BillContent.chronological(listed)))
                .containsExactly("first", "morning", "20:00 UTC, no offset", "evening", "undated");
    }

    private static Action action(String description, String date, String time, Integer order) {
        return new Action(date == null ? null : LocalDate.parse(date), time, description, "lower", List.of(), order);
    }

    private static List<String> descriptions(List<Action> actions) {
        return actions.stream().map(Action::description).toList();
    }
}

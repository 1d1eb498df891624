package org.chapterrelations.legislation.bill;

import java.util.List;

/**
 * {@code PATCH /api/legislation/bills/{id}/position}: every field is optional and a missing one keeps its
 * value. Setting a position tracks the bill unless {@code tracked} says otherwise; an empty string clears
 * notes, owner, priority or position.
 */
record PositionForm(String position, String priority, List<String> issueAreas, String notes, String owner,
        Boolean tracked) {
}

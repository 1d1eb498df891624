package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A bill in a search result: enough to list and filter, without actions, versions or staff notes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillSummaryView(String id, String url, String jurisdiction, BillSession session, String identifier,
        String title, List<String> classification, List<String> subjects, BillStatus status,
        LocalDate firstActionDate, LocalDate latestActionDate, boolean tracked, Position position, Priority priority,
        List<String> issueAreas, String owner, Instant updatedAt) {

    public static BillSummaryView of(Bill bill, boolean staff) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return new BillSummaryView(bill.id(), "/api/legislation/bills/" + bill.id(), c.jurisdiction(), c.session(),
                c.identifier(), c.title(), c.classification(), c.subjects(), bill.status(), bill.firstActionDate(),
                bill.latestActionDate(), office.tracked(), office.position(), office.priority(), office.issueAreas(),
                staff ? office.owner() : null, bill.updatedAt());
    }
}

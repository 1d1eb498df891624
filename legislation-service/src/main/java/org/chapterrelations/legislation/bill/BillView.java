package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.legislation.bill.BillParts.StatusEntry;
import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A bill as the API shows it. Staff notes and owner are for staff only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillView(String id, String url, @JsonUnwrapped BillContent content, BillStatus status,
        List<StatusEntry> statusHistory, LocalDate firstActionDate, LocalDate latestActionDate,
        LocalDate sessionEndedOn, boolean tracked, Position position, Priority priority, List<String> issueAreas,
        String notes, String owner, Instant createdAt, Instant updatedAt) {

    public static BillView of(Bill bill, boolean staff) {
        OfficeView office = bill.office();
        return new BillView(bill.id(), "/api/legislation/bills/" + bill.id(), bill.content(), bill.status(),
                bill.statusHistory(), bill.firstActionDate(), bill.latestActionDate(), bill.sessionEndedOn(),
                office.tracked(), office.position(), office.priority(), office.issueAreas(),
                staff ? office.notes() : null, staff ? office.owner() : null, bill.createdAt(), bill.updatedAt());
    }
}

package org.chapterrelations.legislation.bill;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.chapterrelations.legislation.common.WireValue;

/** The columns of the bill export, written by platform-web's {@code CsvWriter}; the owner column is staff-only. */
final class BillCsv {

    static final List<String> HEADER = List.of("id", "jurisdiction", "session", "identifier", "title", "status",
            "firstActionDate", "latestActionDate", "subjects", "primarySponsors", "tracked", "position", "priority",
            "issueAreas", "owner", "url");

    private BillCsv() {
    }

    static List<Object> row(Bill bill, boolean staff) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return Arrays.asList(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(), c.title(),
                bill.status().wire(), bill.firstActionDate(), bill.latestActionDate(), String.join("; ", c.subjects()),
                c.sponsorships().stream().filter(BillParts.Sponsorship::primary).map(BillParts.Sponsorship::name)
                        .collect(Collectors.joining("; ")),
                office.tracked(), WireValue.of(office.position()), WireValue.of(office.priority()),
                String.join("; ", office.issueAreas()), staff ? office.owner() : null,
                "/api/legislation/bills/" + bill.id());
    }
}

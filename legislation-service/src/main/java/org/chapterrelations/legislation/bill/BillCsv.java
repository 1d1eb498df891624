package org.chapterrelations.legislation.bill;

import java.util.List;
import java.util.stream.Collectors;

import org.chapterrelations.legislation.common.WireValue;

/**
 * RFC 4180 records of bills: a field with a comma, quote, CR or LF is quoted with quotes doubled, CRLF ends a
 * record, and a field a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe (OWASP's CSV injection advice).
 */
final class BillCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final List<String> HEADER = List.of("id", "jurisdiction", "session", "identifier", "title", "status",
            "firstActionDate", "latestActionDate", "subjects", "primarySponsors", "tracked", "position", "priority",
            "issueAreas", "owner", "url");

    private BillCsv() {
    }

    static String header() {
        return record(HEADER);
    }

    static String row(Bill bill, boolean staff) {
        BillContent c = bill.content();
        OfficeView office = bill.office();
        return record(java.util.Arrays.asList(bill.id(), c.jurisdiction(), c.session().identifier(), c.identifier(),
                c.title(), bill.status().wire(), text(bill.firstActionDate()), text(bill.latestActionDate()),
                String.join("; ", c.subjects()),
                c.sponsorships().stream().filter(BillParts.Sponsorship::primary).map(BillParts.Sponsorship::name)
                        .collect(Collectors.joining("; ")),
                String.valueOf(office.tracked()), WireValue.of(office.position()), WireValue.of(office.priority()),
                String.join("; ", office.issueAreas()), staff ? office.owner() : null,
                "/api/legislation/bills/" + bill.id()));
    }

    static String record(List<String> fields) {
        return fields.stream().map(BillCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String raw) {
        if (raw == null) {
            return "";
        }
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

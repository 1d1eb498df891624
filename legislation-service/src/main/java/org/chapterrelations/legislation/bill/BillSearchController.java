package org.chapterrelations.legislation.bill;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.chapterrelations.platform.web.csv.CsvWriter;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Bill search (paged), its CSV export, and the per-jurisdiction summary. */
@Tag(name = "Bill search", description = "Search bills, a summary per jurisdiction, and CSV export.")
@RestController
class BillSearchController {

    private final BillSearch search;
    private final BillSummary summary;

    BillSearchController(BillSearch search, BillSummary summary) {
        this.search = search;
        this.summary = summary;
    }

    @Operation(operationId = "searchBills", summary = "Search bills by text and filters")
    @GetMapping("/api/legislation/bills")
    PagedModel<BillSummaryView> search(@ModelAttribute BillFilter filter,
            @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return new PagedModel<>(search.find(filter, caller.isAnonymous(), pageable)
                .map(bill -> BillSummaryView.of(bill, caller.isStaff())));
    }

    /** The same search as CSV, streamed: every matching bill, not one page. */
    @Operation(operationId = "exportBillsCsv", summary = "The same search as CSV")
    @GetMapping("/api/legislation/bills.csv")
    void csv(@ModelAttribute BillFilter filter, Authentication authentication, HttpServletResponse response)
            throws IOException {
        Caller caller = Caller.of(authentication);
        // A bad filter must answer 400 problem+json, so it is checked before the CSV response starts.
        filter.criteria(caller.isAnonymous());
        CsvWriter out = CsvWriter.attachment(response, "bills.csv");
        out.row(BillCsv.HEADER);
        try (Stream<Bill> bills = search.stream(filter, caller.isAnonymous(),
                Sort.by("jurisdiction", "session", "identifier"))) {
            for (Bill bill : (Iterable<Bill>) bills::iterator) {
                out.row(BillCsv.row(bill, caller.isStaff()));
            }
        }
        out.flush();
    }

    @Operation(operationId = "summariseBills", summary = "Counts by status and position per jurisdiction")
    @GetMapping("/api/legislation/summary")
    SummaryByJurisdiction summary(@ModelAttribute BillFilter filter, Authentication authentication) {
        return new SummaryByJurisdiction(summary.summarise(filter.criteria(Caller.of(authentication).isAnonymous())));
    }

    /** A named wrapper rather than a map, so the API document describes the rows. */
    record SummaryByJurisdiction(List<BillSummary.JurisdictionSummary> jurisdictions) {
    }
}

package org.chapterrelations.legislation.bill;

import java.net.URI;
import java.time.LocalDate;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Bills", description = "A bill: its actions, sponsors, status history and the office's position.")
@RestController
class BillController {

    private final BillService bills;

    BillController(BillService bills) {
        this.bills = bills;
    }

    /** Upsert by jurisdiction, session and identifier: 201 when new, 200 otherwise (unchanged data writes nothing). */
    @Operation(operationId = "upsertBill", summary = "Create or update a bill (upsert)")
    @PostMapping("/api/legislation/bills")
    ResponseEntity<BillView> upsert(@RequestBody(required = false) BillContent form) {
        BillUpserter.Result result = bills.upsert(form);
        Bill bill = result.bill();
        ResponseEntity.BodyBuilder response = result.outcome() == BillUpserter.Outcome.CREATED
                ? ResponseEntity.created(URI.create("/api/legislation/bills/" + bill.id()))
                : ResponseEntity.ok();
        return response.eTag(IfMatch.etag(bill.version())).body(BillView.of(bill, true));
    }

    @Operation(operationId = "getBill", summary = "A bill with its status history and actions")
    @GetMapping("/api/legislation/bills/{billId}")
    ResponseEntity<BillView> get(@PathVariable String billId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Bill bill = bills.get(billId, caller);
        return ResponseEntity.ok().eTag(IfMatch.etag(bill.version())).body(BillView.of(bill, caller.isStaff()));
    }

    @Operation(operationId = "setBillPosition", summary = "Set the office's position, priority, issue areas, notes and owner")
    @PatchMapping("/api/legislation/bills/{billId}/position")
    ResponseEntity<BillView> position(@PathVariable String billId, @RequestBody(required = false) PositionForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
        Bill bill = bills.changePosition(billId, form, ifMatch, Caller.of(authentication));
        return ResponseEntity.ok().eTag(IfMatch.etag(bill.version())).body(BillView.of(bill, true));
    }

    /** The session is over: its bills without an outcome are dead. */
    @Operation(operationId = "endSession", summary = "Mark a session over: its bills without an outcome become dead")
    @PostMapping("/api/legislation/sessions/{jurisdiction}/{session}/end")
    SessionEnded endSession(@PathVariable String jurisdiction, @PathVariable String session,
            @RequestBody(required = false) SessionEnd body) {
        if (body == null || body.endedOn() == null) {
            throw ApiException.badField("endedOn", "is required (YYYY-MM-DD)");
        }
        return new SessionEnded(jurisdiction, session, bills.endSession(jurisdiction, session, body.endedOn()));
    }

    record SessionEnd(LocalDate endedOn) {
    }

    /** How many of the session's bills died; a record, so the OpenAPI document says what the answer holds. */
    record SessionEnded(String jurisdiction, String session, int died) {
    }
}

package org.chapterrelations.legislation.sync;

import java.time.Clock;
import java.util.List;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The polled sources for staff (the security rules admit staff and admins): their state, and a run now. */
@Tag(name = "Sync", description = "Automatic sync of bills from the Open States and Congress.gov APIs.")
@RestController
@RequestMapping("/api/legislation/sync/sources")
class SyncController {

    private final SyncSources sources;
    private final SyncStore store;
    private final SyncRuns runs;
    private final Clock clock;

    SyncController(SyncSources sources, SyncStore store, SyncRuns runs, Clock clock) {
        this.sources = sources;
        this.store = store;
        this.runs = runs;
        this.clock = clock;
    }

    @Operation(operationId = "listSyncSources", summary = "Each configured source: cursor, last run, counts, error")
    @GetMapping
    List<SyncSourceView> list() {
        return sources.all().stream().map(this::view).toList();
    }

    @Operation(operationId = "startSyncRun", summary = "Run a source now (202; 409 while a run holds it or it is disabled)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/runs")
    SyncSourceView start(@PathVariable String id) {
        BillSource source = sources.find(id).orElseThrow(() -> ApiException.notFound("sync source", id));
        if (!source.enabled()) {
            throw ApiException.conflict("sync source " + id + " is disabled (legislation.sync." + source.provider()
                    + ".enabled)");
        }
        if (!runs.start(source, "staff")) {
            throw ApiException.conflict("a run of " + id + " is under way");
        }
        return view(source);
    }

    private SyncSourceView view(BillSource source) {
        return SyncSourceView.of(source, store.source(source.id()), store.latestLease(source.id()), clock.instant());
    }
}

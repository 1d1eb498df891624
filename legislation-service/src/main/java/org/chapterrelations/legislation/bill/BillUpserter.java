package org.chapterrelations.legislation.bill;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Stores bills by jurisdiction, session and identifier: creates new ones, updates changed ones, leaves identical
 * ones alone (no write, no event), and lets the watch rules track what newly matches them.
 */
@Service
public class BillUpserter {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Result(Bill bill, Outcome outcome) {
    }

    private final BillRepository bills;
    private final BillBatchWriter batch;
    private final Outbox outbox;
    private final List<WatchTracking> watch;
    private final Clock clock;
    private final BillMetrics metrics;

    BillUpserter(BillRepository bills, BillBatchWriter batch, Outbox outbox, List<WatchTracking> watch, Clock clock,
            BillMetrics metrics) {
        this.bills = bills;
        this.batch = batch;
        this.outbox = outbox;
        this.watch = watch;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Upserts valid, normalised bills in order (an import batch); a bill named twice is updated by its later copy.
     * New bills are inserted together at the end; should one of them exist by then (a concurrent writer), the
     * new ones are upserted one by one instead.
     */
    public List<Outcome> upsertAll(List<BillContent> contents) {
        // The batch's stored bills in one read by _id $in (the _id index).
        Map<String, Bill> known = new HashMap<>();
        bills.findAllById(contents.stream().map(BillIds::of).distinct().toList())
                .forEach(bill -> known.put(bill.id(), bill));
        Map<String, Bill> created = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (BillContent content : contents) {
            String id = BillIds.of(content);
            Bill existing = known.get(id);
            Instant now = clock.instant();
            if (existing == null) {
                Bill bill = created(content, now);
                created.put(id, bill);
                known.put(id, bill);
                outcomes.add(Outcome.CREATED);
            }
            else if (created.containsKey(id)) {
                outcomes.add(changeInMemory(existing, content, now) ? Outcome.UPDATED : Outcome.UNCHANGED);
            }
            else {
                Result result = upsertRetrying(content, existing);
                known.put(id, result.bill());
                outcomes.add(result.outcome());
            }
        }
        try {
            batch.insertAll(created.values());
        }
        catch (DuplicateKeyException | BulkOperationException ex) {
            for (Bill bill : created.values()) {
                upsertRetrying(bill.content(), bills.findById(bill.id()).orElse(null));
            }
        }
        return outcomes;
    }

    /** One bill, written at once (the API's upsert). */
    public Result upsert(BillContent content) {
        return upsertRetrying(content, bills.findById(BillIds.of(content)).orElse(null));
    }

    private boolean changeInMemory(Bill bill, BillContent content, Instant now) {
        BillContent before = bill.content();
        if (bill.update(content, now).isEmpty()) {
            return false;
        }
        autoTrack(before, bill, now);
        return true;
    }

    private Result upsertRetrying(BillContent content, Bill existing) {
        try {
            return upsertOne(content, existing);
        }
        catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
            // Someone else wrote the bill since we read it: apply our data to theirs once.
            return upsertOne(content, bills.findById(BillIds.of(content)).orElse(null));
        }
    }

    private Result upsertOne(BillContent content, Bill existing) {
        Instant now = clock.instant();
        if (existing == null) {
            return new Result(outbox.save(created(content, now)), Outcome.CREATED);
        }
        BillContent before = existing.content();
        if (existing.update(content, now).isEmpty()) {
            return new Result(existing, Outcome.UNCHANGED);
        }
        autoTrack(before, existing, now);
        return new Result(outbox.save(existing), Outcome.UPDATED);
    }

    private Bill created(BillContent content, Instant now) {
        Optional<Tracking> tracking = watchMatch(null, content);
        tracking.ifPresent(matched -> metrics.watchRuleMatched());
        return Bill.create(content, tracking, now);
    }

    private void autoTrack(BillContent before, Bill bill, Instant now) {
        if (bill.office().tracked()) {
            return;
        }
        watchMatch(before, bill.content()).ifPresent(tracking -> {
            if (bill.track(tracking, now)) {
                metrics.watchRuleMatched();
            }
        });
    }

    private Optional<Tracking> watchMatch(BillContent before, BillContent content) {
        return watch.stream().map(rules -> rules.newMatch(before, content)).flatMap(Optional::stream).findFirst();
    }
}

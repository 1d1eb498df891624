package org.chapterrelations.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.notification.inbox.InboxRepository;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff answer "did I get it?": the delivery log with every attempt, per-channel counts, and resending. */
@Tag(name = "Deliveries", description = "Staff: the delivery log, per-channel statistics and resending a failed delivery.")
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryLogController {

    private final MongoOperations mongo;
    private final InboxRepository inbox;
    private final Clock clock;

    DeliveryLogController(MongoOperations mongo, InboxRepository inbox, Clock clock) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Operation(operationId = "searchDeliveries", summary = "Search the delivery log")
    @GetMapping
    PagedModel<Delivery> search(@RequestParam(required = false) String recipientId,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @PageableDefault(size = 20) Pageable pageable) {
        Criteria criteria = new Criteria();
        if (recipientId != null) {
            criteria.and("recipientId").is(recipientId);
        }
        if (channel != null) {
            criteria.and("channel").is(channel);
        }
        if (status != null) {
            criteria.and("status").is(parse(status));
        }
        if (since != null) {
            criteria.and("createdAt").gte(since);
        }
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")));
        long total = mongo.count(Query.query(criteria), Delivery.class);
        List<Delivery> content = mongo.find(Query.query(criteria).with(page), Delivery.class);
        return new PagedModel<>(new PageImpl<>(content, page, total));
    }

    /** Per channel: delivered, failed, pending (waiting or being sent). In-app items are delivered when written. */
    @Operation(operationId = "deliveryStatistics", summary = "Delivered, failed and pending per channel")
    @GetMapping("/stats")
    Map<String, Map<String, Long>> stats() {
        Map<String, Map<String, Long>> stats = new LinkedHashMap<>();
        for (String channel : List.of("email", "webhook")) {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("delivered", count(channel, List.of(DeliveryStatus.DELIVERED)));
            counts.put("failed", count(channel, List.of(DeliveryStatus.FAILED)));
            counts.put("pending", count(channel, List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING)));
            stats.put(channel, counts);
        }
        stats.put("in-app", Map.of("delivered", inbox.count(), "failed", 0L, "pending", 0L));
        return stats;
    }

    /** A failed delivery goes back in the queue at once, with a fresh give-up window. */
    @Operation(operationId = "resendDelivery", summary = "Send a failed delivery again")
    @PostMapping("/{id}/resend")
    Delivery resend(@PathVariable String id) {
        Delivery delivery = mongo.findById(id, Delivery.class);
        if (delivery == null) {
            throw ApiException.notFound("Delivery", id);
        }
        if (delivery.status() != DeliveryStatus.FAILED) {
            throw ApiException.conflict("Only a failed delivery can be resent; this one is "
                    + delivery.status().name().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.FAILED)),
                new Update().set("status", DeliveryStatus.PENDING).set("firstDue", now).set("nextAttemptAt", now)
                        .set("updatedAt", now), Delivery.class);
        return mongo.findById(id, Delivery.class);
    }

    private static DeliveryStatus parse(String status) {
        try {
            return DeliveryStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw ApiException.badField("status", "must be one of pending, sending, delivered, failed");
        }
    }

    private long count(String channel, List<DeliveryStatus> statuses) {
        return mongo.count(Query.query(Criteria.where("channel").is(channel).and("status").in(statuses)),
                Delivery.class);
    }
}

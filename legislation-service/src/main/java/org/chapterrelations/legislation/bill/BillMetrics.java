package org.chapterrelations.legislation.bill;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;
import org.chapterrelations.legislation.common.Position;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Business metrics: tracked bills by status and position ({@code legislation.bills.tracked}, counted in the
 * store every minute, not per scrape) and bills a watch rule newly tracked ({@code legislation.bills.matched}).
 */
@Component
class BillMetrics {

    private final MongoTemplate mongo;
    private final MultiGauge tracked;
    private final Counter matched;

    BillMetrics(MongoTemplate mongo, MeterRegistry registry) {
        this.mongo = mongo;
        this.tracked = MultiGauge.builder("legislation.bills.tracked")
                .description("Bills the office tracks, by status and position").register(registry);
        this.matched = Counter.builder("legislation.bills.matched")
                .description("Bills a watch rule tracked because they newly matched it").register(registry);
    }

    void watchRuleMatched() {
        matched.increment();
    }

    @Scheduled(initialDelayString = "${legislation.metrics.initial-delay:PT15S}",
            fixedDelayString = "${legislation.metrics.refresh:PT1M}")
    void refresh() {
        List<Document> rows = mongo.aggregate(newAggregation(match(Criteria.where("office.tracked").is(true)),
                group("status", "office.position").count().as("count")), Bill.class, Document.class)
                .getMappedResults();
        tracked.register(rows.stream().map(row -> {
            Document id = row.get("_id", Document.class);
            String position = id.getString("position");
            return MultiGauge.Row.of(Tags.of("status", BillStatus.valueOf(id.getString("status")).wire(),
                    "position", position == null ? "none" : Position.valueOf(position).wire()),
                    ((Number) row.get("count")).doubleValue());
        }).toList(), true);
    }
}

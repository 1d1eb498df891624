package org.chapterrelations.legislation.bill;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.chapterrelations.legislation.common.Position;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Per jurisdiction: bills by status and tracked bills by position, for a map-like dashboard. */
@Component
class BillSummary {

    private final MongoTemplate mongo;

    BillSummary(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One entry per jurisdiction, in code order. */
    List<JurisdictionSummary> summarise(Criteria filter) {
        Map<String, JurisdictionSummary> summaries = new TreeMap<>();
        for (Document row : counts(filter, "status")) {
            Document id = row.get("_id", Document.class);
            JurisdictionSummary summary = summaries.computeIfAbsent(id.getString("jurisdiction"),
                    JurisdictionSummary::new);
            long count = ((Number) row.get("count")).longValue();
            summary.total += count;
            summary.byStatus.merge(BillStatus.valueOf(id.getString("status")).wire(), count, Long::sum);
        }
        for (Document row : counts(new Criteria().andOperator(filter, Criteria.where("office.tracked").is(true)),
                "office.position")) {
            Document id = row.get("_id", Document.class);
            JurisdictionSummary summary = summaries.computeIfAbsent(id.getString("jurisdiction"),
                    JurisdictionSummary::new);
            long count = ((Number) row.get("count")).longValue();
            summary.tracked += count;
            String position = id.getString("position");
            summary.byPosition.merge(position == null ? "none" : Position.valueOf(position).wire(), count, Long::sum);
        }
        return List.copyOf(summaries.values());
    }

    private List<Document> counts(Criteria filter, String field) {
        return mongo.aggregate(newAggregation(match(filter), group("jurisdiction", field).count().as("count")),
                Bill.class, Document.class).getMappedResults();
    }

    /** Counts of one jurisdiction; {@code byPosition} counts tracked bills only ({@code none}: tracked, no position). */
    @JsonPropertyOrder({ "jurisdiction", "total", "tracked", "byStatus", "byPosition" })
    static final class JurisdictionSummary {

        public final String jurisdiction;
        public long total;
        public long tracked;
        public final Map<String, Long> byStatus = new TreeMap<>();
        public final Map<String, Long> byPosition = new TreeMap<>();

        JurisdictionSummary(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }
    }
}

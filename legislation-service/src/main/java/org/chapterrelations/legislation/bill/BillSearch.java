package org.chapterrelations.legislation.bill;

import java.util.Map;
import java.util.stream.Stream;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Filtered, paged and sorted bill lists, and the same filter streamed for exports. */
@Component
public class BillSearch {

    /** API sort names and the stored fields they sort on. */
    static final Map<String, String> SORTABLE = Map.of("title", "content.title", "identifier", "normalisedIdentifier",
            "jurisdiction", "jurisdiction", "session", "session", "status", "status",
            "latestActionDate", "latestActionDate", "updatedAt", "updatedAt", "priority", "office.priority");

    private final MongoTemplate mongo;

    BillSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Bill> find(BillFilter filter, boolean anonymous, Pageable pageable) {
        Pageable stored = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200),
                storedSort(pageable.getSort()));
        Query query = Query.query(filter.criteria(anonymous)).with(stored);
        return PageableExecutionUtils.getPage(mongo.find(query, Bill.class), stored,
                () -> mongo.count(Query.query(filter.criteria(anonymous)), Bill.class));
    }

    /** Every matching bill, read as the caller consumes them (close the stream). */
    public Stream<Bill> stream(BillFilter filter, boolean anonymous, Sort sort) {
        return mongo.stream(Query.query(filter.criteria(anonymous)).with(storedSort(sort)), Bill.class);
    }

    /** The jurisdiction of each of these bills that exists, by bill id. */
    public Map<String, String> jurisdictionsOf(java.util.Collection<String> ids) {
        Query query = Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").in(ids));
        query.fields().include("jurisdiction");
        return mongo.find(query, org.bson.Document.class, "bills").stream().collect(java.util.stream.Collectors
                .toMap(document -> document.getString("_id"), document -> document.getString("jurisdiction")));
    }

    private static Sort storedSort(Sort sort) {
        Sort stored = Sort.unsorted();
        for (Sort.Order order : sort) {
            String field = SORTABLE.get(order.getProperty());
            if (field == null) {
                throw ApiException.badField("sort", "can sort by " + String.join(", ",
                        SORTABLE.keySet().stream().sorted().toList()));
            }
            stored = stored.and(Sort.by(order.getDirection(), field));
        }
        return stored.and(Sort.by("_id"));
    }
}

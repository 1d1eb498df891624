package org.chapterrelations.directory.chapter;

import java.util.Set;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Filtered, paged and sorted chapter lists, on indexed fields only. */
@Component
class ChapterSearch {

    static final Set<String> SORTABLE = Set.of("name", "code", "kind", "state", "status", "foundedYear",
            "registeredAt");

    private final MongoTemplate mongo;

    ChapterSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Chapter> find(ChapterFilter filter, Pageable pageable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw ApiException.badField("sort", "can sort by " + String.join(", ", SORTABLE.stream()
                        .sorted().toList()));
            }
        }
        Query query = Query.query(filter.criteria()).with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(query, Chapter.class), pageable,
                () -> mongo.count(Query.query(filter.criteria()), Chapter.class));
    }
}

package org.chapterrelations.directory.person;

import java.util.Set;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** People by a case-insensitive piece of their name, paged and sorted. */
@Component
class PersonSearch {

    static final Set<String> SORTABLE = Set.of("displayName", "givenName", "familyName", "organization",
            "createdAt");

    private final MongoTemplate mongo;

    PersonSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Person> find(String q, Pageable pageable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw ApiException.badField("sort", "can sort by " + String.join(", ", SORTABLE.stream()
                        .sorted().toList()));
            }
        }
        Criteria criteria = q == null || q.isBlank() ? new Criteria()
                // Quoted: a name with "." or "(" is matched literally, never as a pattern.
                : Criteria.where("searchName").regex(Pattern.quote(q.strip().toLowerCase()));
        Query query = Query.query(criteria).with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(query, Person.class), pageable,
                () -> mongo.count(Query.query(criteria), Person.class));
    }
}

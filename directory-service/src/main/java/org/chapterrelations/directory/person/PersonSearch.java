package org.chapterrelations.directory.person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chapterrelations.platform.web.http.SortableFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * People by a case-insensitive piece of their name, paged and sorted. A name search is matched, sorted and
 * paged in memory and only the page is read from MongoDB (see {@link PersonNameIndex}).
 */
@Component
class PersonSearch extends AbstractMongoEventListener<Person> {

    static final Set<String> SORTABLE = Set.of("displayName", "givenName", "familyName", "organization",
            "createdAt");

    private final MongoTemplate mongo;
    private final PersonNameIndex index;

    PersonSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new PersonNameIndex(mongo, Duration.ofSeconds(30).toNanos());
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Person> event) {
        index.saved(event.getSource());
    }

    Page<Person> find(String q, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (q == null || q.isBlank()) {
            return page(new Criteria(), pageable);
        }
        List<PersonNameIndex.Entry> matches = index.matching(q.strip().toLowerCase(), pageable.getSort());
        if (pageable.isUnpaged()) {
            return new PageImpl<>(read(matches), pageable, matches.size());
        }
        int from = (int) Math.min(pageable.getOffset(), matches.size());
        int to = Math.min(from + pageable.getPageSize(), matches.size());
        return new PageImpl<>(read(matches.subList(from, to)), pageable, matches.size());
    }

    /** The people themselves, by {@code _id} (indexed), in the index's order. */
    private List<Person> read(List<PersonNameIndex.Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> ids = entries.stream().map(PersonNameIndex.Entry::id).toList();
        Map<String, Person> byId = mongo.find(Query.query(Criteria.where("_id").in(ids)), Person.class).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Page<Person> page(Criteria criteria, Pageable pageable) {
        Query query = Query.query(criteria).with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(query, Person.class), pageable,
                () -> mongo.count(Query.query(criteria), Person.class));
    }
}

package org.chapterrelations.directory.person;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.chapterrelations.directory.common.search.WordIndex;
import org.chapterrelations.directory.common.search.Words;
import org.chapterrelations.platform.web.http.SortableFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * People by the beginnings of the words of their name ("pat" finds Patel and Patricia), any case and accent,
 * paged and sorted, through the {@code people_search} {@link WordIndex}.
 */
@Component
class PersonSearch extends AbstractMongoEventListener<Person> {

    static final String COLLECTION = "people_search";
    static final Set<String> SORTABLE = Set.of("displayName", "givenName", "familyName", "organization",
            "createdAt");
    private static final Logger log = LoggerFactory.getLogger(PersonSearch.class);

    private final MongoTemplate mongo;
    private final WordIndex index;

    PersonSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new WordIndex(mongo, COLLECTION);
    }

    private static WordIndex.Source source(Person person) {
        return new WordIndex.Source(person.id(), person.displayName(), new Document("displayName", person.displayName())
                .append("givenName", person.givenName()).append("familyName", person.familyName())
                .append("organization", person.organization()).append("createdAt", person.createdAt()));
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Person> event) {
        index.put(source(event.getSource()));
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Person> event) {
        Person person = event.getSource();
        index.dropLostWords(person.id(), person.previousDisplayName(), person.displayName());
    }

    Page<Person> find(String q, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (q == null || q.isBlank()) {
            Query query = new Query().with(pageable);
            return PageableExecutionUtils.getPage(mongo.find(query, Person.class), pageable,
                    () -> mongo.count(new Query(), Person.class));
        }
        List<String> words = Words.of(q);
        List<WordIndex.Entry> matches = index.matching(words, fields -> true, pageable.getSort());
        List<WordIndex.Entry> page = pageable.isUnpaged() ? matches : matches.subList(
                (int) Math.min(pageable.getOffset(), matches.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), matches.size()));
        List<Person> people = read(page, words);
        return new PageImpl<>(people, pageable, matches.size() - (page.size() - people.size()));
    }

    /** The page's people by {@code _id $in}, in the entries' order; entries gone stale are dropped and deleted. */
    private List<Person> read(List<WordIndex.Entry> page, List<String> words) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Person> byId = mongo.find(Query.query(Criteria.where("_id")
                .in(page.stream().map(WordIndex.Entry::ref).toList())), Person.class).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return page.stream().map(entry -> {
            Person person = byId.get(entry.ref());
            if (person == null || !Words.allStart(words, Words.of(person.displayName()))) {
                if (person != null) {
                    index.put(source(person));
                }
                index.removeStale(entry, person == null ? null : person.displayName());
                return null;
            }
            return person;
        }).filter(Objects::nonNull).toList();
    }

    /**
     * Builds the entries of a store that has people but none (a store from before this search, or people
     * loaded straight into it): one pass over the people at start-up, in bulk, before the service takes traffic.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        if (!index.isEmpty() || !mongo.exists(new Query(), Person.class)) {
            return;
        }
        long started = System.nanoTime();
        Query all = new Query();
        all.fields().include("givenName", "familyName", "displayName", "organization", "createdAt");
        try (var people = mongo.stream(all, Person.class)) {
            index.insertAll(() -> people.map(PersonSearch::source).iterator());
        }
        log.info("People search entries built in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}

package org.chapterrelations.directory.person;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chapterrelations.platform.web.http.SortableFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * People by the beginnings of the words of their name ("pat" finds Patel and Patricia), any case and
 * accent, paged and sorted. The words live in {@code people_search} ({@link PersonSearchEntry}), written
 * before each save of a person and pruned after it, so a crash between the two writes leaves an extra
 * entry, never a missing one; an entry that no longer matches its person is skipped and deleted when read.
 */
@Component
class PersonSearch extends AbstractMongoEventListener<Person> {

    private static final Logger log = LoggerFactory.getLogger(PersonSearch.class);
    static final Set<String> SORTABLE = Set.of("displayName", "givenName", "familyName", "organization",
            "createdAt");
    private static final int REBUILD_BATCH = 1_000;

    private final MongoTemplate mongo;

    PersonSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Person> event) {
        PersonSearchEntry.of(event.getSource()).forEach(mongo::save);
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Person> event) {
        Person person = event.getSource();
        List<String> dropped = person.droppedNameWords().stream()
                .map(word -> PersonSearchEntry.key(word, person.id())).toList();
        if (!dropped.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(dropped)), PersonSearchEntry.class);
        }
    }

    Page<Person> find(String q, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (q == null || q.isBlank()) {
            Query query = new Query().with(pageable);
            return PageableExecutionUtils.getPage(mongo.find(query, Person.class), pageable,
                    () -> mongo.count(new Query(), Person.class));
        }
        List<String> words = NameTokens.of(q);
        List<PersonSearchEntry> matches = words.isEmpty() ? List.of() : matching(words, pageable.getSort());
        List<PersonSearchEntry> page = pageable.isUnpaged() ? matches : matches.subList(
                (int) Math.min(pageable.getOffset(), matches.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), matches.size()));
        List<Person> people = read(page, words);
        long stale = page.size() - people.size();
        return new PageImpl<>(people, pageable, matches.size() - stale);
    }

    /**
     * One prefix range on {@code _id} for the longest word (the fewest entries); the other words are checked
     * on the entries' own word lists. One entry per person, in the requested order.
     */
    private List<PersonSearchEntry> matching(List<String> words, Sort sort) {
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        // Words hold letters and digits only: nothing in them is special to a regular expression.
        Query range = Query.query(Criteria.where("_id").regex("^" + longest));
        Map<String, PersonSearchEntry> byPerson = new LinkedHashMap<>();
        for (PersonSearchEntry entry : mongo.find(range, PersonSearchEntry.class)) {
            if (NameTokens.allPrefix(words, entry.words())) {
                byPerson.putIfAbsent(entry.person(), entry);
            }
        }
        return byPerson.values().stream().sorted(order(sort)).toList();
    }

    /** The page's people by {@code _id $in}, in the entries' order; entries gone stale are dropped and deleted. */
    private List<Person> read(List<PersonSearchEntry> page, List<String> words) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Person> byId = new HashMap<>(mongo.find(Query.query(Criteria.where("_id")
                .in(page.stream().map(PersonSearchEntry::person).toList())), Person.class).stream()
                .collect(Collectors.toMap(Person::id, Function.identity())));
        for (PersonSearchEntry entry : page) {
            Person person = byId.get(entry.person());
            if (person == null || !NameTokens.allPrefix(words, NameTokens.of(person.displayName()))) {
                byId.remove(entry.person());
                removeStale(entry, person);
            }
        }
        return page.stream().map(entry -> byId.get(entry.person())).filter(Objects::nonNull).toList();
    }

    private void removeStale(PersonSearchEntry entry, Person person) {
        List<String> current = person == null ? List.of() : NameTokens.of(person.displayName());
        List<String> stale = entry.words().stream().filter(word -> !current.contains(word))
                .map(word -> PersonSearchEntry.key(word, entry.person())).toList();
        if (!stale.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(stale)), PersonSearchEntry.class);
        }
    }

    /** MongoDB's order: strings by code unit, missing values first when ascending; ties by id. */
    private static Comparator<PersonSearchEntry> order(Sort sort) {
        Comparator<PersonSearchEntry> order = (a, b) -> 0;
        for (Sort.Order field : sort) {
            Comparator<PersonSearchEntry> one = switch (field.getProperty()) {
                case "displayName" -> Comparator.comparing(PersonSearchEntry::displayName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "givenName" -> Comparator.comparing(PersonSearchEntry::givenName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "familyName" -> Comparator.comparing(PersonSearchEntry::familyName, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "organization" -> Comparator.comparing(PersonSearchEntry::organization, Comparator.nullsFirst(Comparator.naturalOrder()));
                case "createdAt" -> Comparator.comparing(PersonSearchEntry::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));
                default -> throw new IllegalArgumentException("not sortable: " + field.getProperty());
            };
            order = order.thenComparing(field.isAscending() ? one : one.reversed());
        }
        return order.thenComparing(PersonSearchEntry::person);
    }

    /**
     * Builds the entries of a store that has people but none (a store from before this search, or people
     * loaded straight into MongoDB): one pass over the people at start-up, in bulk.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        if (mongo.exists(new Query(), PersonSearchEntry.class) || !mongo.exists(new Query(), Person.class)) {
            return;
        }
        long started = System.nanoTime();
        int people = 0;
        List<PersonSearchEntry> batch = new java.util.ArrayList<>();
        Query all = new Query();
        all.fields().include("givenName", "familyName", "displayName", "organization", "createdAt");
        try (var stream = mongo.stream(all, Person.class)) {
            for (Person person : (Iterable<Person>) stream::iterator) {
                people++;
                batch.addAll(PersonSearchEntry.of(person));
                if (batch.size() >= REBUILD_BATCH) {
                    insert(batch);
                }
            }
        }
        insert(batch);
        log.info("Person search entries built for {} people in {} ms", people, (System.nanoTime() - started) / 1_000_000);
    }

    private void insert(List<PersonSearchEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PersonSearchEntry.class).insert(batch).execute();
        } catch (BulkOperationException alreadyThere) {
            // a save wrote some of these meanwhile: theirs are as new as ours
        }
        batch.clear();
    }
}

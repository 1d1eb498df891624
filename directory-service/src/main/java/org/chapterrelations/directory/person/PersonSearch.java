package org.chapterrelations.directory.person;

import java.util.Set;

import org.bson.Document;
import org.chapterrelations.directory.common.search.WordIndex;
import org.chapterrelations.platform.web.http.SortableFields;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
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

    private final MongoTemplate mongo;
    private final WordIndex<Person> index;

    PersonSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new WordIndex<>(mongo, COLLECTION, Person.class, PersonSearch::source);
    }

    private static WordIndex.Source source(Person person) {
        return new WordIndex.Source(person.id(), person.displayName(), new Document("displayName", person.displayName())
                .append("givenName", person.givenName()).append("familyName", person.familyName())
                .append("organization", person.organization()).append("createdAt", person.createdAt()));
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Person> event) {
        index.saving(event.getSource());
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Person> event) {
        index.saved(event.getSource(), event.getSource().previousDisplayName());
    }

    Page<Person> find(String q, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (q == null || q.isBlank()) {
            Query query = new Query().with(pageable);
            return PageableExecutionUtils.getPage(mongo.find(query, Person.class), pageable,
                    () -> mongo.count(new Query(), Person.class));
        }
        return index.find(q, fields -> true, pageable);
    }

    /** Entries for people the store has without any, before the service takes traffic. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        Query all = new Query();
        all.fields().include("givenName", "familyName", "displayName", "organization", "createdAt");
        index.buildIfMissing(all);
    }
}

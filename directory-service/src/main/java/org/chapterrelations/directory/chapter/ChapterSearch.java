package org.chapterrelations.directory.chapter;

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
 * Filtered, paged and sorted chapter lists. With {@code q} ("port" finds Portland, "bench-31" codes BENCH-31..),
 * through the {@code chapters_search} {@link WordIndex}; without, a store query on the other filters.
 */
@Component
class ChapterSearch extends AbstractMongoEventListener<Chapter> {

    static final String COLLECTION = "chapters_search";
    static final Set<String> SORTABLE = Set.of("name", "code", "kind", "state", "status", "foundedYear",
            "registeredAt");

    private final MongoTemplate mongo;
    private final WordIndex<Chapter> index;

    ChapterSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new WordIndex<>(mongo, COLLECTION, Chapter.class, ChapterSearch::source);
    }

    /** What the index keeps of a chapter: its code, searched text, and everything a list sorts or filters by. */
    private static WordIndex.Source source(Chapter chapter) {
        return new WordIndex.Source(chapter.code(), chapter.searchText(), new Document("name", chapter.name())
                .append("code", chapter.code())
                .append("kind", chapter.kind() == null ? null : chapter.kind().name()).append("state", chapter.state())
                .append("states", chapter.states())
                .append("status", chapter.status() == null ? null : chapter.status().name())
                .append("studentProgram", chapter.studentProgram()).append("foundedYear", chapter.foundedYear())
                .append("registeredAt", chapter.registeredAt()));
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Chapter> event) {
        index.saving(event.getSource());
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Chapter> event) {
        index.saved(event.getSource(), event.getSource().previousSearchText());
    }

    Page<Chapter> find(ChapterFilter filter, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (!filter.hasQuery()) {
            Query query = Query.query(filter.criteria()).with(pageable);
            return PageableExecutionUtils.getPage(mongo.find(query, Chapter.class), pageable,
                    () -> mongo.count(Query.query(filter.criteria()), Chapter.class));
        }
        return index.find(filter.q(), filter.fieldsMatch(), pageable);
    }

    /** Entries for chapters the store has without any, before the service takes traffic. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        index.buildIfMissing(new Query());
    }
}

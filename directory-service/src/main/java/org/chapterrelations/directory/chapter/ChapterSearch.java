package org.chapterrelations.directory.chapter;

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
 * Filtered, paged and sorted chapter lists. With {@code q} ("port" finds Portland, "bench-31" codes BENCH-31..),
 * through the {@code chapters_search} {@link WordIndex}; without, a store query on the other filters.
 */
@Component
class ChapterSearch extends AbstractMongoEventListener<Chapter> {

    static final String COLLECTION = "chapters_search";
    static final Set<String> SORTABLE = Set.of("name", "code", "kind", "state", "status", "foundedYear",
            "registeredAt");
    private static final Logger log = LoggerFactory.getLogger(ChapterSearch.class);

    private final MongoTemplate mongo;
    private final WordIndex index;

    ChapterSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new WordIndex(mongo, COLLECTION);
    }

    /** What the index keeps of a chapter: everything a list sorts or filters by. */
    static Document fields(Chapter chapter) {
        return new Document("name", chapter.name()).append("code", chapter.code())
                .append("kind", chapter.kind() == null ? null : chapter.kind().name()).append("state", chapter.state())
                .append("states", chapter.states())
                .append("status", chapter.status() == null ? null : chapter.status().name())
                .append("studentProgram", chapter.studentProgram()).append("foundedYear", chapter.foundedYear())
                .append("registeredAt", chapter.registeredAt());
    }

    private static WordIndex.Source source(Chapter chapter) {
        return new WordIndex.Source(chapter.code(), chapter.searchText(), fields(chapter));
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Chapter> event) {
        index.put(source(event.getSource()));
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Chapter> event) {
        Chapter chapter = event.getSource();
        index.dropLostWords(chapter.code(), chapter.previousSearchText(), chapter.searchText());
    }

    Page<Chapter> find(ChapterFilter filter, Pageable pageable) {
        new SortableFields(SORTABLE).check(pageable.getSort());
        if (!filter.hasQuery()) {
            Query query = Query.query(filter.criteria()).with(pageable);
            return PageableExecutionUtils.getPage(mongo.find(query, Chapter.class), pageable,
                    () -> mongo.count(Query.query(filter.criteria()), Chapter.class));
        }
        List<String> words = Words.of(filter.q());
        var fieldsMatch = filter.fieldsMatch();
        List<WordIndex.Entry> matches = index.matching(words, fieldsMatch, pageable.getSort());
        List<WordIndex.Entry> page = pageable.isUnpaged() ? matches : matches.subList(
                (int) Math.min(pageable.getOffset(), matches.size()),
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), matches.size()));
        Map<String, Chapter> byCode = page.isEmpty() ? Map.of() : mongo.find(Query.query(Criteria.where("_id")
                .in(page.stream().map(WordIndex.Entry::ref).toList())), Chapter.class).stream()
                .collect(Collectors.toMap(Chapter::code, Function.identity()));
        List<Chapter> chapters = page.stream().map(entry -> {
            Chapter chapter = byCode.get(entry.ref());
            if (chapter == null || !Words.allStart(words, Words.of(chapter.searchText()))
                    || !fieldsMatch.test(fields(chapter))) {
                repair(entry, chapter);
                return null;
            }
            return chapter;
        }).filter(Objects::nonNull).toList();
        return new PageImpl<>(chapters, pageable, matches.size() - (page.size() - chapters.size()));
    }

    /** An entry that no longer describes its chapter: rewritten from the chapter, lost words deleted. */
    private void repair(WordIndex.Entry entry, Chapter chapter) {
        if (chapter != null) {
            index.put(source(chapter));
        }
        index.removeStale(entry, chapter == null ? null : chapter.searchText());
    }

    /** Builds the entries of a store that has chapters but none (see {@code PersonSearch#rebuildIfMissing}). */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        if (!index.isEmpty() || !mongo.exists(new Query(), Chapter.class)) {
            return;
        }
        long started = System.nanoTime();
        try (var chapters = mongo.stream(new Query(), Chapter.class)) {
            index.insertAll(() -> chapters.map(ChapterSearch::source).iterator());
        }
        log.info("Chapter search entries built in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}

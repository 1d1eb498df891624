package org.chapterrelations.directory.common.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Queries of several words, whose ranges are read side by side: whichever word is rarer, and however many
 * batches its range spans, the answer is every record with all the words.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordIndexTest {

    private static final String RECORDS = "word_index_test_records";

    private final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Autowired
    MongoTemplate mongo;

    private WordIndex<Item> index;

    @org.springframework.data.mongodb.core.mapping.Document(RECORDS)
    record Item(@Id String id, String text) {
    }

    /** 250 records with "common", the first 180 of them also with "wide", every 50th also with "rare". */
    @BeforeAll
    void storeRecords() {
        index = new WordIndex<>(mongo, RECORDS + "_search", Item.class, item -> new WordIndex.Source(
                item.id(), item.text(), new Document("name", item.id())));
        List<Item> records = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String text = "common" + marker + (i < 180 ? " wide" + marker : "") + (i % 50 == 0 ? " rare" + marker : "");
            records.add(new Item(marker + "-%03d".formatted(i), text));
        }
        mongo.insertAll(records);
        index.insertAll(records);
    }

    @Test
    void theRarestWordDecidesWhereverItStands() {
        List<String> everyFiftieth = ids(0, 50, 100, 150, 200);

        assertThat(ids("common" + marker + " rare" + marker)).containsExactlyElementsOf(everyFiftieth);
        assertThat(ids("rare" + marker + " common" + marker)).containsExactlyElementsOf(everyFiftieth);
    }

    @Test
    void twoWordsOfManyBatchesEachFindTheirWholeIntersection() {
        assertThat(ids("common" + marker + " wide" + marker))
                .containsExactlyElementsOf(ids(IntStream.range(0, 180).toArray()));

        Page<Item> lastPage = index.find("wide" + marker + " common", record -> true,
                PageRequest.of(8, 20, Sort.by("name")));
        assertThat(lastPage.getTotalElements()).isEqualTo(180);
        assertThat(lastPage.getContent()).extracting(Item::id)
                .containsExactlyElementsOf(ids(IntStream.range(160, 180).toArray()));
    }

    private List<String> ids(String q) {
        return index.find(q, record -> true, PageRequest.of(0, 1000, Sort.by("name"))).getContent().stream()
                .map(Item::id).toList();
    }

    private List<String> ids(int... numbers) {
        return IntStream.of(numbers).mapToObj(i -> marker + "-%03d".formatted(i)).toList();
    }
}

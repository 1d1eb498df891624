package org.chapterrelations.directory.chapter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Read-only access to chapters for other features (exports): the same filters and look-up as the chapter
 * API, so that an export lists exactly what the list endpoint would.
 */
@Component
public class ChapterCatalog {

    private final ChapterService chapters;

    ChapterCatalog(ChapterService chapters) {
        this.chapters = chapters;
    }

    /** Filtered as {@code GET /api/directory/chapters} filters; 400 naming the filter if one is invalid. */
    public Page<Chapter> find(String q, String kind, String state, String status, Boolean studentProgram,
            Pageable pageable) {
        return chapters.list(new ChapterFilter(q, kind, state, status, studentProgram), pageable);
    }

    /** 404 if there is no such chapter. */
    public Chapter get(String code) {
        return chapters.get(code);
    }
}

package org.chapterrelations.directory.chapter;

import java.net.URI;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/directory/chapters")
class ChapterController {

    private final ChapterService chapters;

    ChapterController(ChapterService chapters) {
        this.chapters = chapters;
    }

    @PostMapping
    ResponseEntity<ChapterView> register(@Valid @RequestBody RegisterChapter request) {
        Chapter chapter = chapters.register(request);
        return ResponseEntity.created(URI.create("/api/directory/chapters/" + chapter.code()))
                .eTag(etag(chapter))
                .body(ChapterView.of(chapter));
    }

    @GetMapping("/{code}")
    ResponseEntity<ChapterView> get(@PathVariable String code) {
        Chapter chapter = chapters.get(code);
        return ResponseEntity.ok().eTag(etag(chapter)).body(ChapterView.of(chapter));
    }

    @GetMapping
    PagedModel<ChapterView> list(@PageableDefault(size = 20, sort = "name") Pageable pageable) {
        return new PagedModel<>(chapters.list(pageable).map(ChapterView::of));
    }

    private static String etag(Chapter chapter) {
        return "\"" + chapter.version() + "\"";
    }
}

package org.chapterrelations.directory.chapter;

import java.time.Clock;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

@Service
class ChapterService {

    private final ChapterRepository chapters;
    private final Outbox outbox;
    private final Clock clock;

    ChapterService(ChapterRepository chapters, Outbox outbox) {
        this.chapters = chapters;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    Chapter register(RegisterChapter request) {
        if (chapters.existsById(request.normalisedCode())) {
            throw ApiException.conflict("A chapter with code " + request.normalisedCode() + " already exists.");
        }
        // The chapter and its ChapterRegistered event are one document write; a race on the same code
        // still ends in a duplicate-key 409.
        return outbox.save(Chapter.register(request, clock.instant()));
    }

    Chapter get(String code) {
        return chapters.findById(code.toUpperCase()).orElseThrow(() -> ApiException.notFound("Chapter", code));
    }

    Page<Chapter> list(Pageable pageable) {
        return chapters.findAll(pageable);
    }
}

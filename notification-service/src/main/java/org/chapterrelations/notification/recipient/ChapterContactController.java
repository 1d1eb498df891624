package org.chapterrelations.notification.recipient;

import org.chapterrelations.platform.web.http.SortableFields;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff view of the chapters this service can notify, as learnt from the directory. */
@Tag(name = "Chapter contacts", description = "Staff: chapters as notification-service knows them from the directory.")
@RestController
@RequestMapping("/api/notifications/chapters")
class ChapterContactController {

    private final ChapterContactRepository contacts;

    private static final SortableFields SORTABLE = SortableFields.of("chapterId", "name", "state", "updatedAt");

    ChapterContactController(ChapterContactRepository contacts) {
        this.contacts = contacts;
    }

    @Operation(operationId = "listChapterContacts", summary = "Chapters with their public contacts")
    @GetMapping
    PagedModel<ChapterContact> list(@PageableDefault(size = 50, sort = "chapterId") Pageable pageable) {
        SORTABLE.check(pageable.getSort());
        return new PagedModel<>(contacts.findAll(pageable));
    }
}

package org.chapterrelations.notification.officer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff view of who currently receives a chapter's alerts. An unknown chapter simply has no officers yet. */
@Tag(name = "Officer recipients", description = "Staff: the current officers of a chapter who receive its notifications.")
@RestController
class OfficerRecipientController {

    private final OfficerRecipientRepository recipients;

    OfficerRecipientController(OfficerRecipientRepository recipients) {
        this.recipients = recipients;
    }

    @Operation(operationId = "listChapterOfficers", summary = "A chapter's current officers who receive its notifications")
    @GetMapping("/api/notifications/chapters/{chapterId}/officers")
    ChapterOfficers currentOfficers(@PathVariable String chapterId) {
        List<Officer> officers = recipients.findByChapterIdAndActiveTrueOrderByRoleAscPersonNameAsc(chapterId).stream()
                .map(Officer::of)
                .toList();
        return new ChapterOfficers(chapterId, officers);
    }

    record ChapterOfficers(String chapterId, List<Officer> officers) {
    }

    record Officer(String termId, String personId, String name, String role, String email, LocalDate start,
            LocalDate end) {

        static Officer of(OfficerRecipient recipient) {
            return new Officer(recipient.termId(), recipient.personId(), recipient.personName(), recipient.role(),
                    recipient.email(), recipient.start(), recipient.end());
        }
    }
}

package org.chapterrelations.notification.officer;

import java.time.LocalDate;

/**
 * What notification-service reads from {@code OfficerAppointed} and {@code OfficerTermEnded} (tolerant reader).
 * Contracts: {@code docs/events/directory.OfficerAppointed.v1.schema.json} and
 * {@code directory.OfficerTermEnded.v1.schema.json}. {@code role} stays a string so a new role does not
 * stop the stream.
 */
record OfficerTermEvent(String chapterId, String termId, String personId, String personName, String email,
        String role, LocalDate start, LocalDate end) {

    boolean hasTermFields() {
        return chapterId != null && termId != null && personId != null && personName != null && role != null
                && start != null;
    }
}

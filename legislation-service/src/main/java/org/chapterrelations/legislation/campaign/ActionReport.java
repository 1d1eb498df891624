package org.chapterrelations.legislation.campaign;

import java.time.Instant;

/** A chapter's report that its members acted (called, wrote, testified), with how many took part if known. */
public record ActionReport(String chapterId, String reportedBy, Instant reportedAt, String description,
        Integer participants) {
}

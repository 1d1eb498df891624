package org.chapterrelations.survey.report;

import java.time.Instant;

/**
 * Who submitted which version of a report, and when. The report keeps these for every version; the
 * answers are the report's own {@code submittedAnswers} for the latest and {@link ArchivedVersion}s for
 * the ones before, so that a year's reports stay small to read.
 */
public record VersionSummary(int version, String submittedBy, Instant submittedAt, boolean late) {
}

package org.chapterrelations.directory.exchange.importing;

/** What an import did; re-importing the same file answers with everything {@code unchanged}. */
final class ImportSummaries {

    private ImportSummaries() {
    }

    /** Chapters created, updated (some field differed) and left as they were. */
    record ChapterImportSummary(int rows, int created, int updated, int unchanged) {
    }

    /** People created (not matched by e-mail nor made by an earlier run), terms appointed and already held. */
    record OfficerImportSummary(int rows, int peopleCreated, int officersAppointed, int unchanged) {
    }
}

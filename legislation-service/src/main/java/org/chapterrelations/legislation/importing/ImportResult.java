package org.chapterrelations.legislation.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: bills created, updated, unchanged, and records rejected with their position and reason
 * (the first {@value #MAX_ERRORS} reasons are listed; {@code rejected} counts them all).
 */
public record ImportResult(int created, int updated, int unchanged, int rejected, List<RecordError> errors) {

    static final int MAX_ERRORS = 1000;

    public record RecordError(String position, String reason) {
    }

    /** The running tally while a file streams in. */
    static final class Tally {

        int created;
        int updated;
        int unchanged;
        int rejected;
        final List<RecordError> errors = new ArrayList<>();

        void reject(String position, String reason) {
            rejected++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new RecordError(position, reason));
            }
        }

        ImportResult result() {
            return new ImportResult(created, updated, unchanged, rejected, List.copyOf(errors));
        }
    }
}

package org.chapterrelations.legislation.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The update times the sources write: {@code 2025-03-02T05:01:12.000000+00:00}, {@code 2025-03-04T12:03:19Z}, {@code 2025-03-04}. */
final class UpdateTimes {

    private UpdateTimes() {
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException notOffset) {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                        : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
            catch (DateTimeParseException ex) {
                return null;
            }
        }
    }

    static Instant newer(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}

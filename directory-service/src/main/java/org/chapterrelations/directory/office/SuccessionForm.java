package org.chapterrelations.directory.office;

import java.time.LocalDate;

/** POST /chapters/{code}/successions: the first day of the new president's term. */
record SuccessionForm(LocalDate effectiveDate) {
}

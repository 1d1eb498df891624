package org.chapterrelations.directory.office;

import java.time.LocalDate;

/** POST /chapters/{code}/officers/{termId}/end: the term's last day. */
record TermEndForm(LocalDate end) {
}

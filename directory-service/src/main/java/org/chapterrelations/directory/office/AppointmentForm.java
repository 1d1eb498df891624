package org.chapterrelations.directory.office;

import java.time.LocalDate;

/** POST /chapters/{code}/officers: who takes which office from when (and, if known, until when). */
record AppointmentForm(String personId, String role, LocalDate start, LocalDate end) {
}

package org.chapterrelations.legislation.campaign;

/** A chapter's action report; a chapter officer's chapter comes from the token, staff name it. */
record ReportForm(String chapterId, String description, Integer participants) {
}

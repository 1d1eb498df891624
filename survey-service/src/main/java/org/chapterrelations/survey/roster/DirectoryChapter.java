package org.chapterrelations.survey.roster;

/**
 * The fields survey-service reads from the directory's chapter events (a tolerant reader: other fields
 * are ignored). Contract: {@code docs/events/directory.ChapterRegistered.v1.schema.json}.
 */
record DirectoryChapter(String chapterId, String name, String kind, String state, String status) {
}

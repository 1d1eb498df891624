package org.chapterrelations.platform.events.notes;

/** The body of every note event. */
public record NoteChanged(String noteId, String text) {
}

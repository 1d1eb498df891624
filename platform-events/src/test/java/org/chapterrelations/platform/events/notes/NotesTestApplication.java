package org.chapterrelations.platform.events.notes;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service that publishes and consumes note events through the real event plumbing. */
@SpringBootApplication
public class NotesTestApplication {
}

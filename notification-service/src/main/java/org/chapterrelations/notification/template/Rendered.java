package org.chapterrelations.notification.template;

/** A template filled with an event's fields. */
public record Rendered(String subject, String body) {
}

package org.chapterrelations.survey.reminder;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reminder (year, chapter, offset) claimed by one run: the unique {@code _id} makes the first insert
 * win, across restarts and instances. {@code raised} turns true once the event is in the report's outbox;
 * a claim left unraised (its run died in between) is finished by a later run.
 */
@Document("reminders_sent")
record ReminderClaim(@Id String id, int year, String chapterId, int daysBefore, Instant claimedAt,
        @Indexed boolean raised) {

    static String id(int year, String chapterId, int daysBefore) {
        return year + "-" + chapterId + "-" + daysBefore;
    }
}

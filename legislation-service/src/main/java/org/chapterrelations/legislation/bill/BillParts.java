package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of a bill as Open States and Congress.gov publish them. */
public final class BillParts {

    private BillParts() {
    }

    public record OtherTitle(String title, String note) {
    }

    public record Abstract(@JsonProperty("abstract") String text, String note) {
    }

    /** A sponsor: {@code primary} or cosponsor, with party and chamber where the source gives them. */
    public record Sponsorship(String name, boolean primary, String classification, String party, String chamber) {
    }

    /**
     * One step of a bill's history. {@code time} is the source's timestamp when it gives one
     * ({@code 2025-03-04T18:30:00+00:00}), as written; {@code date} its day. {@code chamber} is {@code upper},
     * {@code lower}, {@code legislature} (a unicameral body or joint action), {@code executive} or null;
     * {@code classifications} use Open States' vocabulary ({@code introduction}, {@code referral-committee},
     * {@code passage}, ...). {@code order} numbers the bill's actions from 1 in chronological order.
     */
    public record Action(LocalDate date, String time, String description, String chamber,
            List<String> classifications, Integer order) {

        public Action {
            classifications = classifications == null ? List.of() : List.copyOf(classifications);
        }

        Action withOrder(int newOrder) {
            return new Action(date, time, description, chamber, classifications, newOrder);
        }

        /** The instant of {@code time} (a time without an offset taken as UTC); null without a readable time. */
        Instant instant() {
            if (time == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(time).toInstant();
            }
            catch (DateTimeParseException noOffset) {
                try {
                    return LocalDateTime.parse(time).toInstant(ZoneOffset.UTC);
                }
                catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }

    /** A version of the bill's text, or a related document (fiscal note, analysis). */
    public record Document(String note, LocalDate date, List<Link> links) {

        public Document {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    public record Link(String url, String mediaType) {
    }

    public record Source(String url) {
    }

    /** One entry of the status history: the status, the day it began and the action (by order) that caused it. */
    public record StatusEntry(BillStatus status, LocalDate since, Integer actionOrder) {
    }
}

package org.chapterrelations.survey.window;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A year's survey window: when it opens and closes, reminder offsets, and per-chapter deadline
 * extensions. Opening and closing raise their events in the same document write.
 */
@Document("surveys")
public class Survey extends OutboxAggregate {

    @Id
    private String id;
    private int year;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<Integer> reminderDaysBefore;
    private Map<String, LocalDate> extensions = new HashMap<>();
    private LocalDate openedOn;
    private Integer questionnaireRevision;
    private List<String> chapterIdsAtOpening;
    private LocalDate closedOn;
    @Version
    private Long version;

    Survey() {
    }

    static Survey schedule(int year, SurveyWindow window) {
        Survey survey = new Survey();
        survey.id = String.valueOf(year);
        survey.year = year;
        survey.reschedule(window);
        return survey;
    }

    void reschedule(SurveyWindow window) {
        opensOn = window.opensOn();
        closesOn = window.closesOn();
        reminderDaysBefore = window.reminderDaysBefore();
    }

    void extend(String chapterId, LocalDate deadline) {
        extensions.put(chapterId, deadline);
    }

    void open(LocalDate today, int revision, List<String> owingChapters) {
        openedOn = today;
        questionnaireRevision = revision;
        chapterIdsAtOpening = List.copyOf(owingChapters);
        raise(SurveyEvents.TOPIC, SurveyEvents.OPENED, new SurveyEvents.SurveyOpened(year, revision, opensOn, closesOn,
                reminderDaysBefore, chapterIdsAtOpening));
    }

    void close(LocalDate today, int owed, int submitted) {
        closedOn = today;
        raise(SurveyEvents.TOPIC, SurveyEvents.CLOSED, new SurveyEvents.SurveyClosed(year, today, owed, submitted));
    }

    /** The chapter's last day to submit or amend: its extension if staff granted one, else the closing date. */
    public LocalDate deadlineFor(String chapterId) {
        LocalDate extended = extensions.get(chapterId);
        return extended != null && extended.isAfter(closesOn) ? extended : closesOn;
    }

    /** Officers may save, submit and amend from the opening until their chapter's deadline, inclusive. */
    public boolean acceptsAnswersFrom(String chapterId, LocalDate today) {
        return opened() && !today.isAfter(deadlineFor(chapterId));
    }

    public boolean opened() {
        return openedOn != null;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public String state() {
        return closed() ? "closed" : opened() ? "open" : "scheduled";
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public int year() {
        return year;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<Integer> reminderDaysBefore() {
        return reminderDaysBefore;
    }

    public Map<String, LocalDate> extensions() {
        return Map.copyOf(extensions);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Integer questionnaireRevision() {
        return questionnaireRevision;
    }

    public List<String> chapterIdsAtOpening() {
        return chapterIdsAtOpening == null ? List.of() : chapterIdsAtOpening;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Long version() {
        return version;
    }
}

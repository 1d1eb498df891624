package org.chapterrelations.survey.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** The dates staff set for a survey; reminders default to 30, 14, 7 and 1 days before the deadline. */
record SurveyWindow(LocalDate opensOn, LocalDate closesOn, List<Integer> reminderDaysBefore) {

    static final List<Integer> DEFAULT_REMINDERS = List.of(30, 14, 7, 1);

    SurveyWindow {
        reminderDaysBefore = reminderDaysBefore == null ? DEFAULT_REMINDERS
                : reminderDaysBefore.stream().distinct().sorted((a, b) -> b - a).toList();
    }

    void check(int year) {
        List<FieldProblem> problems = new ArrayList<>();
        if (opensOn == null) {
            problems.add(new FieldProblem("opensOn", "is required"));
        }
        if (closesOn == null) {
            problems.add(new FieldProblem("closesOn", "is required"));
        }
        if (opensOn != null && closesOn != null && !closesOn.isAfter(opensOn)) {
            problems.add(new FieldProblem("closesOn", "must be after opensOn"));
        }
        if (year < 2000 || year > 2200) {
            problems.add(new FieldProblem("year", "must be a year between 2000 and 2200"));
        }
        if (reminderDaysBefore.stream().anyMatch(days -> days == null || days < 0 || days > 365)) {
            problems.add(new FieldProblem("reminderDaysBefore", "each offset must be 0 to 365 days"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The survey window has invalid fields.", problems);
        }
    }
}

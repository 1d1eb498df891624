package org.chapterrelations.survey;

import java.time.Clock;
import java.time.LocalDate;

import org.chapterrelations.survey.reminder.ReminderJob;
import org.chapterrelations.survey.window.SurveyCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens and closes surveys on their dates and sends due reminders. It runs every
 * {@code survey.schedule.interval} (and shortly after start-up), so a day missed while the service was
 * down is caught up; both jobs are safe to repeat and to run on several instances. Tests call the jobs
 * themselves with the day they choose ({@code survey.schedule.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "survey.schedule.enabled", matchIfMissing = true)
class SurveySchedule {

    private final SurveyCalendar calendar;
    private final ReminderJob reminders;
    private final Clock clock;

    SurveySchedule(SurveyCalendar calendar, ReminderJob reminders, Clock clock) {
        this.calendar = calendar;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${survey.schedule.initial-delay:PT20S}",
            fixedDelayString = "${survey.schedule.interval:PT15M}")
    void run() {
        LocalDate today = LocalDate.now(clock);
        calendar.runOn(today);
        reminders.runOn(today);
    }
}

package org.chapterrelations.notification.preference;

import java.util.List;

/** The topics a recipient can switch on or off, one per kind of notification. */
public final class Topics {

    public static final String LEGISLATION = "legislation";
    public static final String CAMPAIGNS = "campaigns";
    public static final String SURVEY_REMINDERS = "survey-reminders";
    public static final String SURVEY_RECEIPTS = "survey-receipts";
    public static final String WELCOME = "welcome";

    public static final List<String> ALL = List.of(LEGISLATION, CAMPAIGNS, SURVEY_REMINDERS, SURVEY_RECEIPTS, WELCOME);

    private Topics() {
    }
}

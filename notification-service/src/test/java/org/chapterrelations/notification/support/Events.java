package org.chapterrelations.notification.support;

/** Contract-shaped event bodies (see /docs/events) for the topics this service consumes. */
public final class Events {

    public static final String BILLS = "legislation.bills.v1";
    public static final String CAMPAIGNS = "legislation.campaigns.v1";
    public static final String REPORTS = "survey.reports.v1";
    public static final String DIRECTORY = "directory.chapters.v1";

    public static final String STATUS_CHANGED = "legislation.BillStatusChanged.v1";
    public static final String TRACKED = "legislation.BillTracked.v1";
    public static final String CAMPAIGN_LAUNCHED = "legislation.CampaignLaunched.v1";
    public static final String REMINDER_DUE = "survey.ReminderDue.v1";
    public static final String REPORT_SUBMITTED = "survey.ReportSubmitted.v1";
    public static final String OFFICER_APPOINTED = "directory.OfficerAppointed.v1";

    private Events() {
    }

    public static String billStatusChanged(String billId, String jurisdiction, String priority, String issueArea) {
        return """
                {"billId":"%s","jurisdiction":"%s","session":"20252026","identifier":"AB 1234",
                 "title":"Library funding act","tracked":true,"previousStatus":"introduced","status":"in-committee",
                 "action":{"date":"2026-03-02","description":"Referred to Committee on Education","chamber":"lower",
                           "classifications":["referral-committee"]},
                 "position":"support","priority":"%s","issueAreas":["%s"]}"""
                .formatted(billId, jurisdiction, priority, issueArea);
    }

    public static String campaignLaunched(String campaignId, String chapters, String states) {
        return """
                {"campaignId":"%s","title":"Save library funding","message":"Call your senator today.",
                 "deadline":"2026-04-15","billIds":["ca-20252026-ab1234"],"jurisdictions":["ca"],
                 "targetStates":[%s],"targetChapterIds":[%s],"launchedBy":"staff-alice",
                 "actionUrl":"https://act.example/save-funding"}"""
                .formatted(campaignId, states, chapters);
    }

    public static String reminderDue(String chapterId) {
        return """
                {"reportId":"2026-%s","surveyYear":2026,"chapterId":"%s","daysBefore":14,"deadline":"2026-03-31",
                 "reportState":"draft"}""".formatted(chapterId, chapterId);
    }

    public static String reportSubmitted(String chapterId, String submittedBy) {
        return """
                {"reportId":"2026-%s","surveyYear":2026,"chapterId":"%s","version":1,"submittedBy":"%s",
                 "submittedAt":"2026-03-20T16:04:05Z","late":false}""".formatted(chapterId, chapterId, submittedBy);
    }

    public static String officerAppointed(String chapterId, String personId, String name, String email) {
        return """
                {"chapterId":"%s","termId":"term-%s","personId":"%s","personName":"%s","email":%s,
                 "role":"president","start":"2026-07-01","end":null}"""
                .formatted(chapterId, personId, personId, name, email == null ? "null" : "\"" + email + "\"");
    }

    public static String chapterRegistered(String chapterId, String state) {
        return """
                {"chapterId":"%s","code":"%s","name":"%s Library Association","kind":"state","state":"%s",
                 "status":"active","publicEmail":"info@%s.example"}"""
                .formatted(chapterId, chapterId, chapterId, state, chapterId.toLowerCase());
    }
}

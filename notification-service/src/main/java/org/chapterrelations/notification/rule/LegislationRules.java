package org.chapterrelations.notification.rule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chapterrelations.notification.NotificationProperties;
import org.chapterrelations.notification.notification.NotificationRequest;
import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.notification.preference.Topics;
import org.chapterrelations.notification.subscription.SubscriptionMatcher;
import org.chapterrelations.platform.events.consumer.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Bill alerts go to staff subscribed to the bill, its jurisdiction, one of its issue areas or its
 * priority; calls to action go to the officers of the targeted chapters and of every chapter in a
 * targeted state.
 */
@Component
class LegislationRules {

    private final SubscriptionMatcher subscriptions;
    private final ChapterOfficers officers;
    private final Notifier notifier;
    private final String publicBaseUrl;

    LegislationRules(SubscriptionMatcher subscriptions, ChapterOfficers officers, Notifier notifier,
            NotificationProperties properties) {
        this.subscriptions = subscriptions;
        this.officers = officers;
        this.notifier = notifier;
        this.publicBaseUrl = properties.publicBaseUrl();
    }

    /** BillStatusChanged or BillTracked: who hears of it, for the notifier to write with the rest of the poll. */
    NotificationRequest billMoved(ReceivedEvent event) {
        Bill bill = event.data(Bill.class);
        EventData.require(event, bill.billId() != null && bill.jurisdiction() != null, "billId or jurisdiction");
        Map<String, Object> data = EventData.of(event);
        // bill: the web console's page (what a person opening the alert wants); api: the JSON, for webhooks
        data.put("links", Map.of("bill", publicBaseUrl + "/#/bills/" + bill.billId(),
                "api", publicBaseUrl + "/api/legislation/bills/" + bill.billId()));
        // what staff read: "AB 12 (California) is now in committee", not "AB 12 is now in-committee"
        data.put("jurisdictionName", Jurisdictions.name(bill.jurisdiction()));
        if (data.get("status") instanceof String status) {
            data.put("statusText", status.replace('-', ' '));
        }
        Set<String> staff = subscriptions.subscribersOf(bill.billId(), bill.jurisdiction(), bill.issueAreas(),
                bill.priority());
        return new NotificationRequest(event, Topics.LEGISLATION, event.type(), data, staff);
    }

    void campaignLaunched(ReceivedEvent event) {
        Campaign campaign = event.data(Campaign.class);
        EventData.require(event, campaign.campaignId() != null && campaign.title() != null, "campaignId or title");
        Set<String> chapters = new LinkedHashSet<>(campaign.targetChapterIds() == null ? List.of()
                : campaign.targetChapterIds());
        if (campaign.targetStates() != null) {
            chapters.addAll(officers.inStates(campaign.targetStates()));
        }
        notifier.notify(new NotificationRequest(event, Topics.CAMPAIGNS, event.type(), EventData.of(event),
                officers.of(chapters)));
    }

    record Bill(String billId, String jurisdiction, String priority, List<String> issueAreas) {
    }

    record Campaign(String campaignId, String title, List<String> targetStates, List<String> targetChapterIds) {
    }
}

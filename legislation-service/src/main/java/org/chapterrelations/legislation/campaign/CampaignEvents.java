package org.chapterrelations.legislation.campaign;

import java.time.LocalDate;
import java.util.List;

/** What legislation-service publishes on {@code legislation.campaigns.v1}; docs/events/legislation.Campaign*.v1 are the contract. */
final class CampaignEvents {

    static final String TOPIC = "legislation.campaigns.v1";
    static final String LAUNCHED = "legislation.CampaignLaunched.v1";
    static final String CLOSED = "legislation.CampaignClosed.v1";

    private CampaignEvents() {
    }

    record CampaignLaunched(String campaignId, String title, String message, LocalDate deadline, List<String> billIds,
            List<String> jurisdictions, List<String> targetStates, List<String> targetChapterIds, String launchedBy,
            String actionUrl) {
    }

    record CampaignClosed(String campaignId, String title, LocalDate closedOn, String reason, int reportedActions) {
    }
}

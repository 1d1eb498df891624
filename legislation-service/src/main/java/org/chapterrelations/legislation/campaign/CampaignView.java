package org.chapterrelations.legislation.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A campaign as the API shows it; the reports themselves are in its progress. */
record CampaignView(String id, @JsonUnwrapped CampaignDetails details, CampaignStatus status,
        List<String> targetChapterIds, int reportedActions, String createdBy, Instant createdAt, String launchedBy,
        Instant launchedAt, LocalDate closedOn, String closeReason) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id(), campaign.details(), campaign.status(), campaign.targetChapterIds(),
                campaign.reports().size(), campaign.createdBy(), campaign.createdAt(), campaign.launchedBy(),
                campaign.launchedAt(), campaign.closedOn(), campaign.closeReason());
    }
}

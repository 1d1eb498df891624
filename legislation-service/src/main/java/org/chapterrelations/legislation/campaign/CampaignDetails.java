package org.chapterrelations.legislation.campaign;

import java.time.LocalDate;
import java.util.List;

/** What staff write about a campaign: the call to action, its bills and where it applies. */
record CampaignDetails(String title, String message, LocalDate deadline, List<String> billIds,
        List<String> jurisdictions, List<String> targetStates, String actionUrl) {

    CampaignDetails {
        billIds = billIds == null ? List.of() : List.copyOf(billIds);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        targetStates = targetStates == null ? List.of() : List.copyOf(targetStates);
    }
}

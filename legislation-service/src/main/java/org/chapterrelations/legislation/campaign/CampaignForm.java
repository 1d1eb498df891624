package org.chapterrelations.legislation.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Creating or replacing a draft campaign. {@code jurisdictions} default to the bills' own; {@code targetStates}
 * (upper-case codes, e.g. CA) default to the state jurisdictions, and a federal campaign names them.
 */
record CampaignForm(String title, String message, LocalDate deadline, List<String> billIds,
        List<String> jurisdictions, List<String> targetStates, String actionUrl) {
}

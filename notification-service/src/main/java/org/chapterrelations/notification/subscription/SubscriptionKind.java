package org.chapterrelations.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a legislation alert subscription matches on. */
public enum SubscriptionKind {
    @JsonProperty("jurisdiction")
    JURISDICTION,
    @JsonProperty("issue-area")
    ISSUE_AREA,
    @JsonProperty("priority")
    PRIORITY,
    @JsonProperty("bill")
    BILL
}

package org.chapterrelations.notification.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a delivery stands: waiting (retries, quiet hours, digest), being sent, or done either way. */
public enum DeliveryStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("sending")
    SENDING,
    @JsonProperty("delivered")
    DELIVERED,
    @JsonProperty("failed")
    FAILED
}

package org.chapterrelations.notification.preference;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether e-mail goes out at once or gathered into one message per day or week (in-app is always at once). */
public enum DeliveryMode {
    @JsonProperty("immediate")
    IMMEDIATE,
    @JsonProperty("daily-digest")
    DAILY_DIGEST,
    @JsonProperty("weekly-digest")
    WEEKLY_DIGEST
}

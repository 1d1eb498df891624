package org.chapterrelations.notification.preference;

import java.util.Arrays;
import java.util.Optional;

/** How a notification reaches its recipient; {@link #key()} is the name used in the API and the store. */
public enum Channel {
    EMAIL("email"), WEBHOOK("webhook"), IN_APP("in-app");

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Channel> fromKey(String key) {
        return Arrays.stream(values()).filter(channel -> channel.key.equals(key)).findFirst();
    }
}

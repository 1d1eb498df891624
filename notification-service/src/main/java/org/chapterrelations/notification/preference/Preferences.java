package org.chapterrelations.notification.preference;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one recipient wants to be reached. {@code channels} and {@code topics} hold every known key; a
 * topic switched off silences it on every channel.
 */
public record Preferences(String email, Webhook webhook, Map<String, Boolean> channels, Map<String, Boolean> topics,
        DeliveryMode deliveryMode, QuietHours quietHours) {

    /** E-mail and in-app on, webhook off, every topic on except receipts for staff (they opt in). */
    public static Preferences defaults(String email, boolean staff) {
        Map<String, Boolean> channels = new LinkedHashMap<>();
        channels.put(Channel.EMAIL.key(), true);
        channels.put(Channel.WEBHOOK.key(), false);
        channels.put(Channel.IN_APP.key(), true);
        Map<String, Boolean> topics = new LinkedHashMap<>();
        Topics.ALL.forEach(topic -> topics.put(topic, true));
        if (staff) {
            topics.put(Topics.SURVEY_RECEIPTS, false);
        }
        return new Preferences(email, null, channels, topics, DeliveryMode.IMMEDIATE, null);
    }

    public boolean wantsTopic(String topic) {
        return topics.getOrDefault(topic, true);
    }

    /** Whether this channel is on and has somewhere to deliver. */
    public boolean reachableBy(Channel channel) {
        if (!channels.getOrDefault(channel.key(), false)) {
            return false;
        }
        return switch (channel) {
            case EMAIL -> email != null && !email.isBlank();
            case WEBHOOK -> webhook != null && webhook.url() != null;
            case IN_APP -> true;
        };
    }

    public Preferences withTopic(String topic, boolean on) {
        Map<String, Boolean> changed = new LinkedHashMap<>(topics);
        changed.put(topic, on);
        return new Preferences(email, webhook, channels, changed, deliveryMode, quietHours);
    }

    public Preferences withEmail(String address) {
        return new Preferences(address, webhook, channels, topics, deliveryMode, quietHours);
    }
}

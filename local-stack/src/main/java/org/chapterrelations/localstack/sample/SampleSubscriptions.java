package org.chapterrelations.localstack.sample;

import java.util.List;

/**
 * The demo staff user's subscriptions, loaded before the bills so that the inbox fills as they arrive and
 * whenever a California or federal bill moves.
 */
final class SampleSubscriptions implements SamplePart {

    private static final List<String> SUBSCRIPTIONS = List.of(
            "{\"kind\":\"jurisdiction\",\"value\":\"ca\"}",
            "{\"kind\":\"jurisdiction\",\"value\":\"us\"}",
            "{\"kind\":\"priority\",\"value\":\"high\"}");

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public List<String> needs() {
        return List.of("gateway", "notification-service");
    }

    @Override
    public PartResult load(SampleContext context) throws InterruptedException {
        return context.staff().createEach(name(), "/api/notifications/me/subscriptions", SUBSCRIPTIONS,
                subscription -> subscription);
    }
}

package org.chapterrelations.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Business metric {@code notification.deliveries}: what each channel delivered and failed, by
 * {@code outcome} ({@code delivered}, {@code failed} for an attempt to be retried, {@code given-up}).
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void delivered(String channel, int count) {
        counter(channel, "delivered").increment(count);
    }

    void failed(String channel, boolean permanent) {
        counter(channel, permanent ? "given-up" : "failed").increment();
    }

    private Counter counter(String channel, String outcome) {
        return Counter.builder("notification.deliveries").description("Notifications delivered or failed, per channel")
                .tag("channel", channel).tag("outcome", outcome).register(registry);
    }
}

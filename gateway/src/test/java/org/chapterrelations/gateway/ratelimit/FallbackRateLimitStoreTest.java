package org.chapterrelations.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

class FallbackRateLimitStoreTest {

    private static final Plan ONE_PER_HOUR = new Plan(1, 1, Duration.ofHours(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aHangingRedisIsGivenUpAfterTheTimeoutAndTheLimitStillHolds() {
        RateLimitStore hanging = (key, plan) -> Mono.never();
        FallbackRateLimitStore store = new FallbackRateLimitStore(hanging, new InMemoryRateLimitStore(),
                Duration.ofMillis(100), Duration.ofMinutes(1), meters);

        assertThat(store.take("k", ONE_PER_HOUR).block(Duration.ofSeconds(2)).allowed()).isTrue();
        assertThat(store.take("k", ONE_PER_HOUR).block(Duration.ofSeconds(2)).allowed()).isFalse();
        assertThat(store.degraded()).isTrue();
    }

    @Test
    void whileRedisIsBypassedItIsNotAskedAtAll() {
        AtomicInteger calls = new AtomicInteger();
        RateLimitStore failing = (key, plan) -> Mono.defer(() -> {
            calls.incrementAndGet();
            return Mono.error(new IllegalStateException("connection refused"));
        });
        FallbackRateLimitStore store = new FallbackRateLimitStore(failing, new InMemoryRateLimitStore(),
                Duration.ofSeconds(1), Duration.ofMinutes(1), meters);

        for (int i = 0; i < 5; i++) {
            store.take("k" + i, ONE_PER_HOUR).block();
        }

        assertThat(calls).hasValue(1);
        assertThat(meters.get("gateway.rate_limit.fallback").counter().count()).isEqualTo(5);
        assertThat(meters.get("gateway.rate_limit.degraded").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void whenRedisAnswersAgainItIsUsedAgain() {
        AtomicBoolean down = new AtomicBoolean(true);
        RateLimitStore redis = (key, plan) -> down.get() ? Mono.error(new IllegalStateException("down"))
                : Mono.just(Decision.allow());
        FallbackRateLimitStore store = new FallbackRateLimitStore(redis, new InMemoryRateLimitStore(),
                Duration.ofSeconds(1), Duration.ZERO, meters);
        store.take("k", ONE_PER_HOUR).block();
        assertThat(store.degraded()).isTrue();

        down.set(false);

        assertThat(store.take("k", ONE_PER_HOUR).block().allowed()).isTrue(); // memory alone would refuse
        assertThat(store.degraded()).isFalse();
        assertThat(meters.get("gateway.rate_limit.degraded").gauge().value()).isZero();
    }
}

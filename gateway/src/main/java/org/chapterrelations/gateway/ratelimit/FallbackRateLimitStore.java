package org.chapterrelations.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.chapterrelations.gateway.ratelimit.RateLimitProperties.Plan;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Redis first; when Redis fails or is slow, this instance's in-memory buckets decide instead, so
 * clients stay limited (per instance rather than across instances) instead of being let through
 * unchecked or all refused. A Resilience4j breaker opens at the first failure and leaves Redis alone
 * for {@code retryAfter}, so a dead Redis does not add its timeout to every request; then one request
 * tries Redis again and closes the breaker if it answers. Counted in {@code gateway.rate_limit.fallback}
 * and shown by the {@code gateway.rate_limit.degraded} gauge (1 while deciding in memory).
 */
public class FallbackRateLimitStore implements RateLimitStore {

    private static final Log log = LogFactory.getLog(FallbackRateLimitStore.class);

    private final RateLimitStore primary;

    private final RateLimitStore fallback;

    private final Duration timeout;

    private final CircuitBreaker redisBreaker;

    private final Counter fallbacks;

    /** What made the breaker open, for the one warning that says so. */
    private volatile Throwable lastFailure;

    public FallbackRateLimitStore(RateLimitStore primary, RateLimitStore fallback, Duration timeout,
            Duration retryAfter, MeterRegistry meters) {
        this(primary, fallback, timeout, retryAfter, meters, Clock.systemUTC());
    }

    FallbackRateLimitStore(RateLimitStore primary, RateLimitStore fallback, Duration timeout, Duration retryAfter,
            MeterRegistry meters, Clock clock) {
        this.primary = primary;
        this.fallback = fallback;
        this.timeout = timeout;
        // A window of one call: any failure opens it, the one trial call after retryAfter decides.
        this.redisBreaker = CircuitBreaker.of("rate-limit-redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .waitDurationInOpenState(retryAfter)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build());
        redisBreaker.getEventPublisher()
                .onError(event -> lastFailure = event.getThrowable())
                .onStateTransition(event -> logTransition(event.getStateTransition(), retryAfter));
        this.fallbacks = Counter.builder("gateway.rate_limit.fallback")
                .description("Rate-limit decisions taken in memory because Redis failed").register(meters);
        Gauge.builder("gateway.rate_limit.degraded", this, store -> store.degraded() ? 1 : 0)
                .description("1 while rate limits are kept in memory because Redis failed").register(meters);
    }

    @Override
    public Mono<Decision> take(String key, Plan plan) {
        return primary.take(key, plan)
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(redisBreaker))
                .onErrorResume(refusedOrFailed -> decideInMemory(key, plan));
    }

    public boolean degraded() {
        return redisBreaker.getState() != State.CLOSED;
    }

    private Mono<Decision> decideInMemory(String key, Plan plan) {
        fallbacks.increment();
        return fallback.take(key, plan);
    }

    private void logTransition(StateTransition transition, Duration retryAfter) {
        if (transition.getFromState() == State.CLOSED && transition.getToState() == State.OPEN) {
            log.warn("Redis failed for rate limiting (" + lastFailure + "); limiting in memory on this instance, retrying Redis every "
                    + retryAfter.toSeconds() + " s");
        }
        else if (transition.getToState() == State.CLOSED) {
            log.info("Redis is back: rate limits are shared across gateway instances again");
        }
    }
}

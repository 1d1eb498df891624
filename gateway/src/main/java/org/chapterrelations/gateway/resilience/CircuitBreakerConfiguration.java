package org.chapterrelations.gateway.resilience;

import java.time.Duration;

import org.chapterrelations.gateway.limits.BodyTooLargeException;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * The breakers behind the {@code CircuitBreaker} filter (named after each route). Slowness is the
 * response timeout's job (a timeout counts as a failure), so slow-call tracking is off: otherwise the
 * long-lived event stream would look like a slow service.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakerDefaults(CircuitBreakerProperties properties) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.windowSize())
                .minimumNumberOfCalls(properties.minimumCalls())
                .failureRateThreshold(properties.failureRatePercent())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(properties.halfOpenCalls())
                .slowCallRateThreshold(100)
                .slowCallDurationThreshold(Duration.ofDays(365))
                .ignoreExceptions(BodyTooLargeException.class)
                .build();
        // Unused while spring.cloud.circuitbreaker.resilience4j.disable-time-limiter is true; kept generous in case.
        TimeLimiterConfig noTimeLimit = TimeLimiterConfig.custom().timeoutDuration(Duration.ofDays(365)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker)
                .timeLimiterConfig(noTimeLimit)
                .build());
    }
}

package org.chapterrelations.gateway.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One breaker per route ({@code gateway.circuit-breaker.*}): over the last {@code window-size} calls,
 * once at least {@code minimum-calls} were made, a failure rate (connection refused, timeout) of
 * {@code failure-rate-percent} or more opens it; open, it refuses at once for {@code open-for}, then
 * lets {@code half-open-calls} through to test the service.
 */
@Validated
@ConfigurationProperties("gateway.circuit-breaker")
public record CircuitBreakerProperties(@Positive int windowSize, @Positive int minimumCalls,
        @Positive @Max(100) float failureRatePercent, @NotNull Duration openFor, @Positive int halfOpenCalls) {
}

package org.chapterrelations.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Per-client token buckets ({@code gateway.rate-limit.*}).
 *
 * @param enabled         off only for measurements that must not be throttled
 * @param store           {@code memory} (one gateway) or {@code redis} (shared by every gateway instance)
 * @param trustedProxies  addresses or CIDR ranges of proxies whose {@code X-Forwarded-For} is believed
 * @param read            GET, HEAD and OPTIONS
 * @param write           every other method
 * @param sensitive       any request to {@code sensitivePaths} (sign-in, bulk imports)
 * @param sensitivePaths  Ant-style path patterns
 * @param redisTimeout    longest wait for Redis before deciding in memory
 * @param redisRetryAfter after a Redis failure, how long to decide in memory before trying Redis again
 *                        (the open state of a Resilience4j breaker, which needs at least a millisecond)
 */
@Validated
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(boolean enabled, @NotNull Store store, @NotNull List<String> trustedProxies,
        @Valid @NotNull Plan read, @Valid @NotNull Plan write, @Valid @NotNull Plan sensitive,
        @NotNull List<String> sensitivePaths, @NotNull Duration redisTimeout,
        @NotNull @DurationMin(millis = 1) Duration redisRetryAfter) {

    public enum Store { MEMORY, REDIS }

    /** A bucket of {@code capacity} tokens (the burst), refilled by {@code refillTokens} every {@code refillPeriod}. */
    public record Plan(@Positive long capacity, @Positive long refillTokens, @NotNull Duration refillPeriod) {
    }

    public RateLimitProperties {
        trustedProxies = trimmed(trustedProxies);
        sensitivePaths = trimmed(sensitivePaths);
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    public Plan plan(RequestClass requestClass) {
        return switch (requestClass) {
            case READ -> read;
            case WRITE -> write;
            case SENSITIVE -> sensitive;
        };
    }
}

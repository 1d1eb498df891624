package org.chapterrelations.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The cache of tokens already validated ({@code gateway.token-cache.*}): how many at most, and how long
 * at most a token is trusted without checking its signature again (never past its own expiry).
 */
@Validated
@ConfigurationProperties("gateway.token-cache")
public record TokenCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") @Positive long maxEntries,
        @DefaultValue("5m") @NotNull Duration maxAge) {
}

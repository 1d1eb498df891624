package org.chapterrelations.gateway.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Web origins (scheme, host and port, e.g. {@code https://app.example.org}) whose pages may call the
 * API from a browser: {@code gateway.cors.allowed-origins}, env {@code CORS_ALLOWED_ORIGINS}.
 */
@Validated
@ConfigurationProperties("gateway.cors")
public record CorsProperties(@NotNull List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }
}

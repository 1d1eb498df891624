package org.chapterrelations.legislation.sync;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code legislation.sync.*}: which public APIs the service polls for bills, and how. Both sources are off by
 * default: the local run and the tests' machines have no internet.
 */
@Validated
@ConfigurationProperties("legislation.sync")
record SyncProperties(
        /** Each run starts this much before the cursor: a bill stored twice is unchanged, one missed is lost. */
        @DefaultValue("PT5M") @NotNull Duration overlap,
        /** A source's first run asks for bills updated this long ago or later. */
        @DefaultValue("P30D") @NotNull Duration firstRunLookback,
        /** How long a run holds its source without renewing; a crashed instance's lease ends after it. */
        @DefaultValue("PT10M") @NotNull Duration lease,
        @DefaultValue @Valid Http http,
        @DefaultValue @Valid OpenStates openStates,
        @DefaultValue @Valid Congress congress) {

    record Http(@DefaultValue("PT10S") @NotNull Duration connectTimeout,
            @DefaultValue("PT60S") @NotNull Duration readTimeout,
            /** Tries of one request answered 429 or 5xx (or not at all) before the run stops with the error. */
            @DefaultValue("5") @Min(1) int maxAttempts,
            @DefaultValue("PT2S") @NotNull Duration backoff,
            /** The longest wait between tries; a Retry-After beyond it ends the run (the next schedule retries). */
            @DefaultValue("PT5M") @NotNull Duration maxBackoff) {
    }

    record OpenStates(@DefaultValue("false") boolean enabled,
            @DefaultValue("https://v3.openstates.org") @NotNull URI baseUrl,
            String apiKey,
            /** Two-letter codes ({@code ca}) or Open States jurisdiction ids; one source each. */
            @DefaultValue({}) List<String> jurisdictions,
            @DefaultValue("PT1H") @NotNull Duration interval,
            @DefaultValue({ "sponsorships", "abstracts", "other_titles", "actions", "sources", "versions",
                    "documents" }) List<String> include,
            @DefaultValue("20") @Min(1) @Max(20) int perPage) {
    }

    record Congress(@DefaultValue("false") boolean enabled,
            @DefaultValue("https://api.congress.gov/v3") @NotNull URI baseUrl,
            String apiKey,
            @DefaultValue("PT1H") @NotNull Duration interval,
            @DefaultValue("250") @Min(1) @Max(250) int pageSize) {
    }
}

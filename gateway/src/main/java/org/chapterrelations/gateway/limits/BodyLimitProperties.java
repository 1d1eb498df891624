package org.chapterrelations.gateway.limits;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Request body limits ({@code gateway.limits.*}): {@code max-body} everywhere, except the paths listed
 * under {@code larger-bodies} (first match wins), e.g. CSV imports.
 */
@Validated
@ConfigurationProperties("gateway.limits")
public record BodyLimitProperties(@NotNull DataSize maxBody, @Valid @NotNull List<PathLimit> largerBodies) {

    /** An Ant-style path pattern and the largest body accepted there. */
    public record PathLimit(@NotBlank String path, @NotNull DataSize maxBody) {
    }

    public BodyLimitProperties {
        largerBodies = largerBodies == null ? List.of() : List.copyOf(largerBodies);
    }
}

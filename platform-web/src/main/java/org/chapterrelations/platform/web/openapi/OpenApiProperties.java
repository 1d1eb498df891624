package org.chapterrelations.platform.web.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** What a service's OpenAPI document says about the service itself ({@code platform.openapi.*}). */
@ConfigurationProperties("platform.openapi")
public record OpenApiProperties(String title, String description, String version) {

    public OpenApiProperties {
        version = version == null || version.isBlank() ? "v1" : version;
        description = description == null ? "" : description;
    }
}

package org.chapterrelations.platform.web.openapi;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * springdoc settings every service shares, at the lowest precedence so a service may still override
 * them: OpenAPI 3.0 (what client generators support fully), errors documented by
 * {@link ProblemResponsesCustomizer} (not guessed from the exception advice), JSON as the default media
 * type, paging as plain {@code page}, {@code size}, {@code sort} query parameters, and sorted keys so
 * the committed snapshot is stable.
 */
public class OpenApiDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(Map.of(
                "springdoc.api-docs.version", "openapi_3_0",
                "springdoc.override-with-generic-response", "false",
                "springdoc.default-flat-param-object", "true",
                "springdoc.default-produces-media-type", "application/json",
                "springdoc.writer-with-order-by-keys", "true",
                "springdoc.writer-with-default-pretty-printer", "true",
                "springdoc.show-actuator", "false"), environment.getPropertySources());
    }
}

package org.chapterrelations.platform.web.openapi;

import java.util.Comparator;
import java.util.List;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The parts of every service's OpenAPI document that are the same platform-wide: the service's own
 * title and version, the gateway as the only server, the bearer JWT scheme and the problem+json errors.
 * Active only in a service that has springdoc on its class path.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class PlatformOpenApiAutoConfiguration {

    static final String BEARER_JWT = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(OpenApiProperties properties, @Value("${spring.application.name:service}") String name) {
        return new OpenAPI()
                .info(new Info().title(properties.title() == null ? name : properties.title())
                        .description(properties.description()).version(properties.version()))
                // Clients call the services through the gateway, which serves every service's paths as they are.
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components().addSecuritySchemes(BEARER_JWT, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An RS256 access token from the auth server; roles in the `roles` claim.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
    }

    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer() {
        return new ProblemResponsesCustomizer();
    }

    @Bean
    OptionalPropertiesNullable optionalPropertiesNullable() {
        return new OptionalPropertiesNullable();
    }

    /** Tags in name order: the order springdoc finds controllers in is not one to commit. */
    @Bean
    GlobalOpenApiCustomizer sortedTags() {
        return openApi -> {
            if (openApi.getTags() != null) {
                openApi.setTags(openApi.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
            }
        };
    }
}

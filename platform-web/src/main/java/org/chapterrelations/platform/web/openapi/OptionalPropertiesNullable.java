package org.chapterrelations.platform.web.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Says in the document what the services send: a property that is not required is written as {@code null} when
 * it has no value (Jackson's default for our records), so each such property is {@code nullable}. A property that
 * refers to another schema cannot carry {@code nullable} beside its {@code $ref} in OpenAPI 3.0: the schema it
 * refers to is marked instead.
 */
public class OptionalPropertiesNullable implements GlobalOpenApiCustomizer {

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> referredOptionally = new HashSet<>();
        schemas.values().forEach(schema -> markOptionalProperties(schema, referredOptionally));
        referredOptionally.stream().map(schemas::get).filter(schema -> schema != null)
                .forEach(schema -> schema.setNullable(true));
    }

    private static void markOptionalProperties(Schema<?> schema, Set<String> referredOptionally) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            String ref = property.get$ref();
            if (ref != null && ref.startsWith(COMPONENT_SCHEMAS)) {
                referredOptionally.add(ref.substring(COMPONENT_SCHEMAS.length()));
            } else if (ref == null) {
                property.setNullable(true);
                markOptionalProperties(property, referredOptionally);
            }
        });
    }
}

package org.chapterrelations.platform.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping for event payloads: ISO-8601 dates, and tolerant reading (unknown fields are
 * ignored) so that producers may add optional fields without breaking consumers.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }
}

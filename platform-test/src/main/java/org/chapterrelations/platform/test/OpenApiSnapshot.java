package org.chapterrelations.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@code docs/api/openapi/<service>.json}) compared with the live one.
 * Run the test with {@code -Dopenapi.update=true} to accept a changed API and overwrite the file. Paths are
 * relative to the service module, where Maven runs its tests.
 */
public final class OpenApiSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiSnapshot() {
    }

    /** Pretty JSON with every object's keys sorted, so the committed file diffs only where the API changed. */
    public static String canonical(String json) {
        return JSON.writeValueAsString(JSON.readValue(json, LinkedHashMap.class)) + "\n";
    }

    public static void assertMatchesCommitted(String service, String liveJson) throws IOException {
        String live = canonical(liveJson);
        Path committed = Path.of("..", "docs", "api", "openapi", service + ".json");
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, live);
            return;
        }
        String expected = Files.exists(committed) ? Files.readString(committed) : "";
        if (!expected.equals(live)) {
            Path actual = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, live);
            fail("The live OpenAPI document differs from " + committed.normalize() + " (the live one is in "
                    + actual.toAbsolutePath() + "). If the API change is intended, run this test with "
                    + "-Dopenapi.update=true to overwrite the committed file, and commit it.");
        }
    }

    /** The document as a client generator reads it: OpenAPI 3 without errors or warnings. */
    public static void assertValidOpenApi3(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        assertThat(result.getMessages()).as("OpenAPI parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
    }
}

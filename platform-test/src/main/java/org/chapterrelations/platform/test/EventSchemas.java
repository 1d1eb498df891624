package org.chapterrelations.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contract: one JSON Schema per event type under {@code docs/events/<ce_type>.schema.json}.
 * Producer tests validate what they send; consumer tests feed the schema's {@code examples}.
 */
public final class EventSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** Fails with every violation if {@code json} does not satisfy the schema of {@code ceType}. */
    public static void assertValid(String ceType, String json) {
        List<Error> errors = schema(ceType).validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError("Event " + ceType + " violates its schema: " + errors.stream()
                    .map(error -> error.getInstanceLocation() + " " + error.getMessage())
                    .collect(Collectors.joining("; ")) + "\n" + json);
        }
    }

    /** The schema's {@code examples}, each as JSON text, each checked against the schema itself. */
    public static List<String> examples(String ceType) {
        JsonNode examples = read(schemaFile(ceType)).path("examples");
        if (!examples.isArray() || examples.isEmpty()) {
            throw new AssertionError("Schema of " + ceType + " has no examples");
        }
        List<String> json = new ArrayList<>();
        for (JsonNode example : examples) {
            String text = JSON.writeValueAsString(example);
            assertValid(ceType, text);
            json.add(text);
        }
        return json;
    }

    private static Schema schema(String ceType) {
        return REGISTRY.getSchema(read(schemaFile(ceType)));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Path schemaFile(String ceType) {
        Path file = eventsDirectory().resolve(ceType + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No schema for event type " + ceType + " at " + file);
        }
        return file;
    }

    /** {@code docs/events} of the repository, found from the module's working directory upwards. */
    static Path eventsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/events not found above " + Path.of("").toAbsolutePath());
    }
}

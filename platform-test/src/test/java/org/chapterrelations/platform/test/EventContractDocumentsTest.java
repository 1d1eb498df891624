package org.chapterrelations.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document and the event schemas describe the same event types, and every example is valid. */
class EventContractDocumentsTest {

    private final Path events = EventSchemas.eventsDirectory();

    @Test
    void everySchemaIsListedInTheAsyncApiDocumentUnderItsOwnName() throws IOException {
        Map<String, Object> asyncApi = new Yaml().load(Files.readString(events.getParent().resolve("asyncapi.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> messages = (Map<String, Map<String, Object>>) ((Map<String, Object>) asyncApi
                .get("components")).get("messages");

        for (String ceType : schemaTypes()) {
            assertThat(messages.values()).as("AsyncAPI message for " + ceType)
                    .anySatisfy(message -> {
                        assertThat(message.get("name")).isEqualTo(ceType);
                        assertThat(message.get("payload")).asString().contains(ceType + ".schema.json");
                    });
        }
    }

    @Test
    void everySchemaHasExamplesThatSatisfyIt() throws IOException {
        for (String ceType : schemaTypes()) {
            assertThat(EventSchemas.examples(ceType)).as(ceType).isNotEmpty();
        }
    }

    private List<String> schemaTypes() throws IOException {
        try (Stream<Path> files = Files.list(events)) {
            List<String> types = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .sorted().toList();
            assertThat(types).isNotEmpty();
            return types;
        }
    }
}

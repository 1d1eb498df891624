package org.chapterrelations.legislation.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads an import body one JSON document at a time, never the whole file: a single document, a JSON array
 * of them (read element by element), several concatenated, or NDJSON (one per line, where a bad line is
 * rejected alone). Each document is handed over with its position ({@code line 7} or {@code record 7}).
 */
final class RecordStream {

    private RecordStream() {
    }

    /** One document per line: a line that is not JSON is reported and the next one is read. */
    static void lines(InputStream body, BiConsumer<String, JsonNode> documents, ImportResult.Tally tally) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode document;
                try {
                    document = Json.MAPPER.readTree(line);
                }
                catch (JacksonException ex) {
                    tally.reject("line " + number, "not valid JSON: " + ex.getOriginalMessage());
                    continue;
                }
                documents.accept("line " + number, document);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** JSON documents and arrays of them; a syntax error ends the file there (what came before is kept). */
    static void json(InputStream body, BiConsumer<String, JsonNode> documents, ImportResult.Tally tally) {
        // The record a syntax error belongs to: the last one started, or the next if it broke between records.
        int[] started = { 0 };
        boolean[] inRecord = { false };
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        read(parser, started, inRecord, documents);
                    }
                }
                else {
                    read(parser, started, inRecord, documents);
                }
            }
        }
        catch (JacksonException ex) {
            int position = inRecord[0] ? started[0] : started[0] + 1;
            tally.reject("record " + position, "not valid JSON, the rest of the file was not read: "
                    + ex.getOriginalMessage());
        }
    }

    private static void read(JsonParser parser, int[] started, boolean[] inRecord,
            BiConsumer<String, JsonNode> documents) {
        started[0]++;
        inRecord[0] = true;
        JsonNode document = Json.MAPPER.readTree(parser);
        inRecord[0] = false;
        documents.accept("record " + started[0], document);
    }
}

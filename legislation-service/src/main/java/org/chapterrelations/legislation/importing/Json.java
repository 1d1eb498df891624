package org.chapterrelations.legislation.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lenient reading of published JSON: absent, null or mistyped values read as null or empty, never as errors. */
final class Json {

    /** Several documents may follow each other in one body, so a document's end is not the input's. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private Json() {
    }

    /** The scalar at {@code field} as text, or null. */
    static String text(JsonNode node, String field) {
        return text(node.path(field));
    }

    static String text(JsonNode value) {
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : elements(array)) {
            String text = text(item);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The elements of an array, or of the array found under {@code wrapper} (Congress.gov nests lists). */
    static Iterable<JsonNode> elements(JsonNode node, String wrapper) {
        return node.isArray() ? node : elements(node.path(wrapper));
    }

    static Iterable<JsonNode> elements(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    static <T> List<T> map(Iterable<JsonNode> nodes, Function<JsonNode, T> mapper) {
        List<T> mapped = new ArrayList<>();
        nodes.forEach(node -> mapped.add(mapper.apply(node)));
        return mapped;
    }

    /**
     * A date from a full date, a date-time or a fuzzy Open States date ({@code 2025-03} is the 1st of March);
     * null when blank, and a rejection when unreadable.
     */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        String day = text.length() >= 10 ? text.substring(0, 10) : text.length() == 7 ? text + "-01"
                : text.length() == 4 ? text + "-01-01" : text;
        try {
            return LocalDate.parse(day);
        }
        catch (DateTimeParseException ex) {
            throw new RejectedRecord(field + " is not a date: " + value);
        }
    }

    /** The source's timestamp as written when it has a time of day ({@code 2025-03-04T18:30:00+00:00}), else null. */
    static String time(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')
                ? text.substring(0, 10) + 'T' + text.substring(11) : null;
    }

    /** Open States' chamber of an organisation: a pseudo-id {@code ~{"classification": "upper"}} or a node. */
    static String chamber(JsonNode organization) {
        if (organization.isObject()) {
            return chamberName(text(organization, "classification"));
        }
        return chamberName(pseudoIdField(text(organization), "classification"));
    }

    /**
     * The chamber a scraper gives a sponsor: {@code add_sponsorship(..., chamber="upper")} writes it into the
     * person's pseudo-id, {@code ~{"name": "Lee", "primary_org": "upper"}}.
     */
    static String personChamber(JsonNode personId) {
        return chamberName(pseudoIdField(text(personId), "primary_org"));
    }

    /** A field of an Open States pseudo-id ({@code ~} then JSON); null when it is not one or lacks the field. */
    private static String pseudoIdField(String id, String field) {
        if (id == null || !id.startsWith("~")) {
            return null;
        }
        try {
            return text(MAPPER.readTree(id.substring(1)), field);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    static String chamberName(String classification) {
        if (classification == null) {
            return null;
        }
        return switch (classification.toLowerCase()) {
            case "upper", "lower", "legislature", "executive" -> classification.toLowerCase();
            default -> null;
        };
    }

    /**
     * {@code ca} from {@code ocd-jurisdiction/country:us/state:ca/government}, {@code us} from the federal one;
     * a plain code is lower-cased. Null when none.
     */
    static String jurisdiction(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().toLowerCase();
        if (!text.startsWith("ocd-jurisdiction/")) {
            return text;
        }
        for (String part : text.split("/")) {
            int colon = part.indexOf(':');
            if (colon > 0 && !part.startsWith("country:")) {
                return part.substring(colon + 1);
            }
        }
        return text.contains("country:us") ? "us" : null;
    }
}

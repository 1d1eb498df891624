package org.chapterrelations.legislation.sync;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.chapterrelations.legislation.importing.ImportFormat;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Congress.gov API: {@code GET /bill?fromDateTime=&sort=updateDate+asc&offset=&limit=} lists bills
 * ({@code {"bills": [...], "pagination": {"count", "next"}}}) with a few fields only, so each is read whole
 * ({@code /bill/{congress}/{type}/{number}}) with its {@code actions} and {@code cosponsors} pages inlined, the
 * shape the import reads. The key goes in {@code api_key}; further pages are asked by offset, not by following
 * {@code next}, which would carry no key.
 */
final class CongressSource extends BillSource {

    private final SyncProperties.Congress settings;
    private final SourceHttp http;

    CongressSource(SyncProperties.Congress settings, SourceHttp http) {
        super("congress", "congress", "us", settings.enabled(), 0);
        this.settings = settings;
        this.http = http;
    }

    @Override
    Page fetch(Instant since, int offset, Runnable stillHeld) {
        JsonNode list = get(uri("/bill", offset)
                .queryParam("fromDateTime", DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS)))
                .queryParam("sort", "updateDate+asc"));
        ArrayNode bills = JsonNodeFactory.instance.arrayNode();
        Instant newest = null;
        for (JsonNode listed : list.path("bills")) {
            stillHeld.run();
            newest = UpdateTimes.newer(newest, UpdateTimes.parse(listed.path("updateDate").asString(null)));
            bills.add(wholeBill(listed));
        }
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("bills", bills);
        return new Page(document, ImportFormat.CONGRESS, bills.size(), newest, !hasNext(list),
                offset + settings.pageSize());
    }

    private JsonNode wholeBill(JsonNode listed) {
        String path = "/bill/" + listed.path("congress").asString("") + "/"
                + listed.path("type").asString("").toLowerCase(Locale.ROOT) + "/" + listed.path("number").asString("");
        JsonNode bill = get(uri(path, null)).path("bill");
        if (!bill.isObject()) {
            return listed;
        }
        ObjectNode whole = (ObjectNode) bill.deepCopy();
        for (String part : new String[] { "actions", "cosponsors" }) {
            if (bill.path(part).path("count").asInt(0) > 0) {
                whole.set(part, allPages(path + "/" + part, part));
            }
        }
        return whole;
    }

    /** Every item of a bill's sub-resource, page after page while the answer names a next one. */
    private ArrayNode allPages(String path, String field) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int offset = 0;; offset += settings.pageSize()) {
            JsonNode page = get(uri(path, offset));
            page.path(field).forEach(items::add);
            if (!hasNext(page) || page.path(field).isEmpty()) {
                return items;
            }
        }
    }

    private static boolean hasNext(JsonNode page) {
        String next = page.path("pagination").path("next").asString(null);
        return next != null && !next.isBlank();
    }

    private UriComponentsBuilder uri(String path, Integer offset) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(settings.baseUrl()).path(path)
                .queryParam("format", "json");
        if (offset != null) {
            uri.queryParam("offset", offset).queryParam("limit", settings.pageSize());
        }
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            uri.queryParam("api_key", settings.apiKey());
        }
        return uri;
    }

    private JsonNode get(UriComponentsBuilder uri) {
        return http.get(uri.encode().build().toUri(), Map.of());
    }
}

package org.chapterrelations.legislation.sync;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.chapterrelations.legislation.importing.ImportFormat;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

/**
 * One jurisdiction of the Open States API v3: {@code GET /bills?jurisdiction=&updated_since=&sort=updated_asc
 * &include=...&page=&per_page=}, answered {@code {"results": [...], "pagination": {"per_page", "page",
 * "max_page", "total_items"}}}. The page is imported as it came (the import reads its {@code results}).
 */
final class OpenStatesSource extends BillSource {

    private final SyncProperties.OpenStates settings;
    private final SourceHttp http;

    OpenStatesSource(String jurisdiction, SyncProperties.OpenStates settings, SourceHttp http) {
        super("open-states:" + jurisdiction, "open-states", jurisdiction, settings.enabled(), 1);
        this.settings = settings;
        this.http = http;
    }

    @Override
    Page fetch(Instant since, int page, Runnable stillHeld) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(settings.baseUrl()).path("/bills")
                .queryParam("jurisdiction", jurisdictionId())
                .queryParam("updated_since", DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS)))
                .queryParam("sort", "updated_asc");
        settings.include().forEach(include -> uri.queryParam("include", include));
        uri.queryParam("page", page).queryParam("per_page", settings.perPage());
        String key = settings.apiKey();
        JsonNode answer = http.get(uri.encode().build().toUri(),
                key == null || key.isBlank() ? Map.of() : Map.of("X-API-KEY", key));
        JsonNode results = answer.path("results");
        Instant newest = null;
        for (JsonNode bill : results) {
            newest = UpdateTimes.newer(newest, UpdateTimes.parse(bill.path("updated_at").asString(null)));
        }
        int maxPage = answer.path("pagination").path("max_page").asInt(page);
        boolean last = results.size() < settings.perPage() || page >= maxPage;
        return new Page(answer, ImportFormat.OPENSTATES_V3, results.size(), newest, last, page + 1);
    }

    /** Open States names a state by its OCD id; a configured id is passed as it is. */
    private String jurisdictionId() {
        String code = jurisdiction();
        return code.startsWith("ocd-jurisdiction/") ? code : "ocd-jurisdiction/country:us/state:" + code + "/government";
    }
}

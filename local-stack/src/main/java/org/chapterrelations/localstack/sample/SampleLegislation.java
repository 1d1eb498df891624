package org.chapterrelations.localstack.sample;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A "library" watch rule, bills of several states (Open States scraper files) and of Congress (Congress.gov
 * API shape) imported as staff would import them, and a launched campaign on two of them. The rule goes in
 * first, so the import tracks the library bills and their alerts reach the subscribed staff. Re-importing the
 * same bills reports them unchanged; the rule and the campaign are looked up by name first.
 */
final class SampleLegislation implements SamplePart {

    /** The states with a file {@code seed/legislation/openstates-<code>.json}. */
    static final List<String> STATES = List.of("ca", "ny", "tx", "il", "wa", "co");

    @Override
    public String name() {
        return "legislation";
    }

    @Override
    public List<String> needs() {
        return List.of("gateway", "legislation-service");
    }

    @Override
    public PartResult load(SampleContext context) throws InterruptedException {
        SampleApi staff = context.staff();
        int loaded = 0;
        int present = 0;
        List<String> refused = new ArrayList<>();

        JsonNode rule = SampleFiles.json("legislation/watch-rule.json");
        if (named(staff.getJson("/api/legislation/watch-rules"), "name", rule.path("name").asString())) {
            present++;
        }
        else {
            SampleApi.expect(staff.postJson("/api/legislation/watch-rules", rule.toString()), 201, "watch rule");
            loaded++;
        }

        // One import for every state (each record names its jurisdiction): imports are rate-limited per minute.
        StringBuilder scraped = new StringBuilder();
        for (String state : STATES) {
            for (JsonNode bill : SampleFiles.json("legislation/openstates-" + state + ".json")) {
                scraped.append(((ObjectNode) bill.deepCopy()).put("jurisdiction", state)).append('\n');
            }
        }
        for (HttpResponse<String> imported : List.of(
                staff.post("/api/legislation/imports?format=openstates-scrape", "application/x-ndjson",
                        scraped.toString()),
                staff.postJson("/api/legislation/imports?format=congress",
                        SampleFiles.text("legislation/congress.json")))) {
            JsonNode summary = SampleApi.json(SampleApi.expect(imported, 200, "bill import"));
            loaded += summary.path("created").asInt() + summary.path("updated").asInt();
            present += summary.path("unchanged").asInt();
            summary.path("errors").forEach(error -> refused.add("bill " + error.path("position").asString() + ": "
                    + error.path("reason").asString()));
        }

        String campaign = SampleFiles.text("legislation/campaign.json")
                .replace("DEADLINE", context.today().plusDays(30).toString());
        String title = SampleApi.parse(campaign, "legislation/campaign.json").path("title").asString();
        if (named(staff.getJson("/api/legislation/campaigns"), "title", title)) {
            present++;
        }
        else {
            String id = SampleApi.json(SampleApi.expect(staff.postJson("/api/legislation/campaigns", campaign), 201,
                    "campaign")).path("id").asString();
            SampleApi.expect(staff.postJson("/api/legislation/campaigns/" + id + "/launch", ""), 200, "campaign launch");
            loaded++;
        }
        return new PartResult(name(), loaded, present, refused);
    }

    private static boolean named(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.path(field).asString().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

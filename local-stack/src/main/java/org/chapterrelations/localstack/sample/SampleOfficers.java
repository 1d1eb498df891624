package org.chapterrelations.localstack.sample;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Officers of a dozen chapters ({@code seed/officers.csv}): last year's presidents, this year's officers and
 * presidents-elect, and in one chapter the succession already scheduled for next year's first day. The
 * import skips terms already held; the succession is scheduled unless next year's president is known.
 */
final class SampleOfficers implements SamplePart {

    static final String SUCCESSION_CHAPTER = "CA";

    @Override
    public String name() {
        return "officers";
    }

    @Override
    public List<String> needs() {
        return List.of("gateway", "directory-service");
    }

    @Override
    public PartResult load(SampleContext context) throws InterruptedException {
        String csv = SampleFiles.withTermDates(SampleFiles.text("officers.csv"), context.today());
        HttpResponse<String> imported = context.staff().post("/api/directory/imports/officers", "text/csv", csv);
        if (imported.statusCode() != 200) {
            throw new SampleApi.SampleRefused("officers.csv", imported);
        }
        JsonNode summary = SampleApi.json(imported);
        int appointed = summary.path("officersAppointed").asInt();
        int unchanged = summary.path("unchanged").asInt();
        List<String> refused = new ArrayList<>();
        String nextTermStart = SampleFiles.withTermDates("${NEXT_TERM_START}", context.today());
        String officers = "/api/directory/chapters/" + SUCCESSION_CHAPTER + "/officers";
        if (holders(context.staff().getJson(officers + "?role=president&at=" + nextTermStart)).isEmpty()) {
            HttpResponse<String> succession = context.staff().postJson("/api/directory/chapters/"
                    + SUCCESSION_CHAPTER + "/successions", "{\"effectiveDate\":\"" + nextTermStart + "\"}");
            if (succession.statusCode() == 201) {
                appointed++;
            }
            else {
                refused.add("succession in " + SUCCESSION_CHAPTER + ": " + succession.statusCode() + " "
                        + succession.body());
            }
        }
        else {
            unchanged++;
        }
        return new PartResult(name(), appointed, unchanged, refused);
    }

    private static JsonNode holders(JsonNode answer) {
        return answer.isArray() ? answer : answer.path("content");
    }
}

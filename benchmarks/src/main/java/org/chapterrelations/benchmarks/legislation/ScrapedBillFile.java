package org.chapterrelations.benchmarks.legislation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonGenerator;

/**
 * Writes N bills as Open States' scrapers do (openstates-core {@code scrape/schemas/bill.py}), one per line:
 * spread over 50 states and DC, each with 2 to 8 actions, 1 to 5 sponsors, 1 to 3 versions, an abstract and
 * a source, from a fixed seed (so a re-run writes the same file). Scraped files do not name their state, so
 * each record also carries the Open States {@code jurisdiction} id, which legislation-service reads.
 */
final class ScrapedBillFile {

    static final List<String> STATES = List.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi",
            "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh",
            "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa",
            "wv", "wi", "wy");
    private static final String[] TOPICS = { "public libraries", "school library media programs", "broadband access",
            "consumer data privacy", "state aid to libraries", "literacy programs", "library district taxes",
            "digital equity", "copyright and e-books", "open meetings", "workforce development", "higher education",
            "property tax relief", "transportation funding", "water infrastructure", "election administration" };
    private static final String[] VERBS = { "Relating to", "An act concerning", "Providing for", "Establishing" };
    private static final String[] SPONSORS = { "Rivera", "Nguyen", "Patterson", "Okafor", "Kowalski", "Bennett",
            "Delgado", "Hoffman", "Yazzie", "Lindqvist", "Moreau", "Castillo", "Whitfield", "Abernathy", "Tanaka" };
    private static final String[][] STEPS = { { "referral-committee", "Referred to Committee on Education" },
            { "committee-passage", "Reported favorably by committee" }, { "reading-2", "Second reading" },
            { "passage", "Passed; ordered transmitted to the other chamber" },
            { "referral-committee", "Referred to Committee on Appropriations" },
            { "passage", "Passed in concurrence" }, { "executive-receipt", "Sent to the Governor" },
            { "executive-signature", "Signed by the Governor" } };

    private ScrapedBillFile() {
    }

    /** Writes the file unless one with the same count is already there; returns its size in bytes. */
    static long ensure(Path file, int bills) {
        try {
            Path marker = file.resolveSibling(file.getFileName() + ".count");
            if (Files.exists(file) && Files.exists(marker) && Files.readString(marker).strip().equals("" + bills)) {
                return Files.size(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    JsonGenerator json = JsonFactory.builder().rootValueSeparator("\n").build().createGenerator(out)) {
                Random random = new Random(20251129L);
                for (int i = 0; i < bills; i++) {
                    write(json, i, random);
                }
                json.flush();
                out.write('\n');
            }
            Files.writeString(marker, "" + bills);
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void write(JsonGenerator json, int index, Random random) {
        String state = STATES.get(index % STATES.size());
        boolean lower = random.nextBoolean();
        String identifier = (lower ? "HB " : "SB ") + (1 + index / STATES.size());
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String chamber = lower ? "lower" : "upper";
        String other = lower ? "upper" : "lower";
        LocalDate day = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(90));
        json.writeStartObject();
        json.writeStringProperty("legislative_session", "2025-2026");
        json.writeStringProperty("jurisdiction", "ocd-jurisdiction/country:us/state:" + state + "/government");
        json.writeStringProperty("identifier", identifier);
        json.writeStringProperty("title", VERBS[random.nextInt(VERBS.length)] + " " + topic + "; amending provisions "
                + "of the code relating to " + TOPICS[random.nextInt(TOPICS.length)] + ".");
        json.writeStringProperty("from_organization", pseudo(chamber));
        json.writeArrayPropertyStart("classification");
        json.writeString("bill");
        json.writeEndArray();
        json.writeArrayPropertyStart("subject");
        if (random.nextInt(3) > 0) {
            json.writeString(Character.toUpperCase(topic.charAt(0)) + topic.substring(1));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("abstracts");
        json.writeStartObject();
        json.writeStringProperty("abstract", "This bill would amend existing law concerning " + topic + ". It would "
                + "require the state agency to adopt rules, report annually to the legislature on outcomes, and "
                + "appropriate funds from the general fund for the purposes of the act, beginning July 1, 2026.");
        json.writeStringProperty("note", "Legislative Counsel's Digest");
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayPropertyStart("other_titles");
        json.writeEndArray();
        json.writeArrayPropertyStart("actions");
        action(json, chamber, "Introduced and read first time", day, "introduction", "reading-1");
        int steps = 1 + random.nextInt(STEPS.length - 1);
        for (int s = 0; s < steps; s++) {
            day = day.plusDays(1 + random.nextInt(20));
            String actor = STEPS[s][0].startsWith("executive") ? "executive" : s >= 4 ? other : chamber;
            action(json, actor, STEPS[s][1], day, STEPS[s][0]);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("sponsorships");
        int sponsors = 1 + random.nextInt(5);
        for (int s = 0; s < sponsors; s++) {
            String name = SPONSORS[random.nextInt(SPONSORS.length)];
            json.writeStartObject();
            json.writeStringProperty("name", name);
            json.writeStringProperty("entity_type", "person");
            json.writeBooleanProperty("primary", s == 0);
            json.writeStringProperty("classification", s == 0 ? "primary" : "cosponsor");
            json.writeStringProperty("person_id", "~{\"name\": \"" + name + "\"}");
            json.writeStringProperty("organization_id", pseudo(chamber));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("versions");
        int versions = 1 + random.nextInt(3);
        for (int v = 0; v < versions; v++) {
            json.writeStartObject();
            json.writeStringProperty("note", v == 0 ? "Introduced" : "Amended " + v);
            json.writeStringProperty("date", day.minusDays(versions - v).toString());
            json.writeArrayPropertyStart("links");
            json.writeStartObject();
            json.writeStringProperty("url", "https://legislature." + state + ".example.gov/2025/bills/"
                    + identifier.replace(" ", "") + "_v" + v + ".pdf");
            json.writeStringProperty("media_type", "application/pdf");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("documents");
        json.writeEndArray();
        json.writeArrayPropertyStart("sources");
        json.writeStartObject();
        json.writeStringProperty("url", "https://legislature." + state + ".example.gov/2025/bills/" + identifier.replace(" ", ""));
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectPropertyStart("extras");
        json.writeEndObject();
        json.writeStringProperty("_id", "bench-" + index);
        json.writeEndObject();
    }

    private static void action(JsonGenerator json, String chamber, String description, LocalDate day,
            String... classifications) {
        json.writeStartObject();
        json.writeStringProperty("organization", pseudo(chamber));
        json.writeStringProperty("description", description);
        json.writeStringProperty("date", day.toString());
        json.writeArrayPropertyStart("classification");
        for (String classification : classifications) {
            json.writeString(classification);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String pseudo(String classification) {
        return "~{\"classification\": \"" + classification + "\"}";
    }
}

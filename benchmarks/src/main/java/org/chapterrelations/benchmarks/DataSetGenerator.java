package org.chapterrelations.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bson.Document;

/**
 * Builds the benchmark's chapters and people as the documents directory-service itself stores (field
 * names, upper-case enum names, {@code searchText}, {@code _class}, an empty outbox), from
 * a fixed seed: every run builds the same data set. Codes {@code BENCH-0001}... and ids
 * {@code bench-person-00001}... tell it apart from real data.
 */
final class DataSetGenerator {

    static final int CHAPTERS = 5_000;
    static final int PEOPLE = 50_000;
    static final String CHAPTER_CODE_PREFIX = "BENCH-";
    static final String PERSON_ID_PREFIX = "bench-person-";

    private static final long SEED = 20261129L;
    private static final Date REGISTERED_AT = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
    private static final String CHAPTER_CLASS = "org.chapterrelations.directory.chapter.Chapter";
    private static final String PERSON_CLASS = "org.chapterrelations.directory.person.Person";

    static String chapterCode(int number) {
        return CHAPTER_CODE_PREFIX + String.format(Locale.ROOT, "%04d", number);
    }

    static String personId(int number) {
        return PERSON_ID_PREFIX + String.format(Locale.ROOT, "%05d", number);
    }

    List<Document> chapters() {
        Random random = new Random(SEED);
        List<Document> chapters = new ArrayList<>(CHAPTERS);
        for (int number = 1; number <= CHAPTERS; number++) {
            chapters.add(chapter(number, random));
        }
        return chapters;
    }

    List<Document> people() {
        Random random = new Random(SEED + 1);
        List<Document> people = new ArrayList<>(PEOPLE);
        for (int number = 1; number <= PEOPLE; number++) {
            people.add(person(number, random));
        }
        return people;
    }

    private static Document chapter(int number, Random random) {
        String code = chapterCode(number);
        String[] city = pick(NameParts.CITIES, random);
        String profession = pick(NameParts.PROFESSIONS, random);
        int kindDraw = random.nextInt(10);
        Document chapter = new Document("_id", code);
        String state;
        if (kindDraw < 7) {
            state = city[1];
            chapter.append("name", city[0] + " " + profession + " " + pick(NameParts.CHAPTER_WORDS, random))
                    .append("kind", "STATE").append("state", state).append("states", List.of(state));
        } else if (kindDraw < 8) {
            String[] region = pick(NameParts.REGIONS, random);
            state = region[1];
            chapter.append("name", region[0] + " Regional " + profession + " Chapter")
                    .append("kind", "REGIONAL").append("state", state)
                    .append("states", Arrays.asList(region).subList(1, region.length));
        } else {
            state = city[1];
            String school = String.format(pick(NameParts.SCHOOL_PATTERNS, random), city[0]);
            chapter.append("name", "Student " + profession + " at " + school)
                    .append("kind", "STUDENT").append("state", state).append("states", List.of(state))
                    .append("school", school);
        }
        String slug = code.toLowerCase(Locale.ROOT);
        chapter.append("website", "https://" + slug + ".example.org")
                .append("publicEmail", "info@" + slug + ".example.org")
                .append("publicPhone", phone(random))
                .append("mailingAddress", new Document("street", (100 + random.nextInt(9900)) + " Main Street")
                        .append("city", city[0]).append("state", state)
                        .append("postalCode", String.format(Locale.ROOT, "%05d", 10000 + random.nextInt(89999))))
                .append("status", random.nextInt(20) == 0 ? "RETIRED" : "ACTIVE")
                .append("studentProgram", random.nextInt(4) == 0)
                .append("foundedYear", 1900 + random.nextInt(125))
                .append("memberCount", new Document("year", 2026).append("count", 10 + random.nextInt(2000)))
                .append("sampleData", true)
                .append("registeredAt", REGISTERED_AT)
                .append("searchText", String.join("\u001f", chapter.getString("name"), code, city[0])
                        .toLowerCase(Locale.ROOT))
                .append("version", 0L)
                .append("pendingEvents", List.of())
                .append("_class", CHAPTER_CLASS);
        return chapter;
    }

    private static Document person(int number, Random random) {
        String given = pick(NameParts.GIVEN_NAMES, random);
        String family = pick(NameParts.FAMILY_NAMES, random);
        String displayName = given + " " + family;
        String[] city = pick(NameParts.CITIES, random);
        String mailbox = (given + "." + family).toLowerCase(Locale.ROOT).replace("'", "") + number;
        return new Document("_id", personId(number))
                .append("givenName", given)
                .append("familyName", family)
                .append("displayName", displayName)
                .append("email", mailbox + "@example.org")
                .append("phone", phone(random))
                .append("mailingAddress", new Document("street", (1 + random.nextInt(999)) + " Oak Avenue")
                        .append("city", city[0]).append("state", city[1])
                        .append("postalCode", String.format(Locale.ROOT, "%05d", 10000 + random.nextInt(89999))))
                .append("organization", pick(NameParts.ORGANIZATIONS, random))
                .append("title", pick(NameParts.TITLES, random))
                .append("createdAt", REGISTERED_AT)
                .append("version", 0L)
                .append("_class", PERSON_CLASS);
    }

    private static String phone(Random random) {
        return String.format(Locale.ROOT, "%03d-555-%04d", 200 + random.nextInt(800), random.nextInt(10000));
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}

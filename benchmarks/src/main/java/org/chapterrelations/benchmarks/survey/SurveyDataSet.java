package org.chapterrelations.benchmarks.survey;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;

/**
 * A year of survey answers in survey-service's own document shape: one published questionnaire of
 * {@code questions} questions (a realistic mix of types: numbers, choices, texts and a few tables) and
 * {@code chapters} submitted reports answering every question. Generated from a fixed seed.
 */
final class SurveyDataSet {

    static final String CHAPTER_PREFIX = "BENCH-";
    private static final String[] TYPES = { "INTEGER", "NUMBER", "CURRENCY", "SCALE", "SINGLE_CHOICE", "MULTI_CHOICE",
            "YES_NO", "TEXT", "LONG_TEXT", "DATE", "EMAIL", "URL", "INTEGER", "CURRENCY", "SINGLE_CHOICE", "TEXT" };
    private static final List<String> CHOICES = List.of("funding", "literacy", "broadband", "privacy", "access");
    private static final String[] WORDS = { "library", "advocacy", "members", "conference", "funding", "workshop",
            "school", "rural", "digital", "outreach", "legislators", "volunteers", "grant", "literacy", "students" };

    private final int year;
    private final int questions;
    private final int chapters;
    private final Random random = new Random(20_260_101L);

    SurveyDataSet(int year, int questions, int chapters) {
        this.year = year;
        this.questions = questions;
        this.chapters = chapters;
    }

    static String chapterId(int index) {
        return String.format("%s%04d", CHAPTER_PREFIX, index);
    }

    String type(int question) {
        // Every 20th question is a table of events; the rest cycle through the types.
        return question % 20 == 19 ? "TABLE" : TYPES[question % TYPES.length];
    }

    Document questionnaire() {
        List<Document> sections = new ArrayList<>();
        for (int s = 0; s < questions / 10; s++) {
            List<Document> asked = new ArrayList<>();
            for (int q = s * 10; q < Math.min(questions, s * 10 + 10); q++) {
                asked.add(question(q));
            }
            sections.add(new Document("key", "section_" + s).append("title", "Section " + (s + 1))
                    .append("questions", asked));
        }
        return new Document("_id", year + "-r1").append("year", year).append("revision", 1)
                .append("status", "PUBLISHED").append("sections", sections).append("createdAt", new Date())
                .append("publishedAt", new Date()).append("version", 1L);
    }

    private Document question(int q) {
        String type = type(q);
        Document question = new Document("key", "q" + q).append("type", type).append("label", "Question " + q)
                .append("required", q % 3 == 0);
        if (type.endsWith("CHOICE")) {
            question.append("choices", CHOICES);
        }
        if (type.equals("TABLE")) {
            question.append("columns", List.of(
                    new Document("key", "name").append("type", "TEXT").append("label", "Name").append("required", true),
                    new Document("key", "held_on").append("type", "DATE").append("label", "Date"),
                    new Document("key", "attendance").append("type", "INTEGER").append("label", "Attendance")));
        }
        return question;
    }

    Document report(int index) {
        String chapterId = chapterId(index);
        Document answers = new Document();
        for (int q = 0; q < questions; q++) {
            answers.append("q" + q, answer(type(q)));
        }
        Date submittedAt = new Date();
        Document version = new Document("version", 1)
                .append("submittedBy", "officer-" + chapterId.toLowerCase()).append("submittedAt", submittedAt)
                .append("late", false);
        // Submitted and unchanged since: the answers are stored once, as the latest version's.
        return new Document("_id", year + "-" + chapterId).append("year", year).append("chapterId", chapterId)
                .append("questionnaireRevision", 1).append("state", "SUBMITTED")
                .append("unsubmittedChanges", false).append("submittedAnswers", answers)
                .append("versions", List.of(version)).append("reopened", false).append("reopenings", List.of())
                .append("remindersRaised", List.of()).append("updatedAt", submittedAt)
                .append("updatedBy", "officer-" + chapterId.toLowerCase()).append("version", 1L)
                .append("pendingEvents", List.of());
    }

    private Object answer(String type) {
        return switch (type) {
            case "INTEGER" -> (long) random.nextInt(5_000);
            case "NUMBER" -> Math.round(random.nextDouble() * 10_000) / 100.0;
            case "CURRENCY" -> Math.round(random.nextDouble() * 5_000_000) / 100.0;
            case "SCALE" -> (long) (1 + random.nextInt(5));
            case "SINGLE_CHOICE" -> CHOICES.get(random.nextInt(CHOICES.size()));
            case "MULTI_CHOICE" -> CHOICES.stream().filter(choice -> random.nextBoolean()).toList();
            case "YES_NO" -> random.nextBoolean();
            case "DATE" -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            case "EMAIL" -> "officer" + random.nextInt(1_000) + "@chapter.example.org";
            case "URL" -> "https://chapter" + random.nextInt(1_000) + ".example.org/";
            case "LONG_TEXT" -> words(60);
            case "TABLE" -> events();
            default -> words(8);
        };
    }

    private List<Document> events() {
        List<Document> rows = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(5); r++) {
            rows.add(new Document("name", words(3)).append("held_on", year + "-05-0" + (1 + r))
                    .append("attendance", (long) random.nextInt(900)));
        }
        return rows;
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}

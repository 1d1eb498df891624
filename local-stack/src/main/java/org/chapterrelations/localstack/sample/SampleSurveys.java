package org.chapterrelations.localstack.sample;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two years of the State of the Chapter survey ({@code seed/survey/}): last year's with a dozen submitted
 * reports, closed, and this year's open for six weeks with submitted reports, drafts and chapters that have
 * not started, so the board, results and year-over-year comparison all show something. Reports cannot be
 * written after a closing date, so last year's window first closes a week ahead and is moved back (then
 * closed) once its reports are in. Each step looks at what is stored first, so a run cut short finishes on the next start.
 */
final class SampleSurveys implements SamplePart {

    private static final Duration ROSTER_WAIT = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public List<String> needs() {
        return List.of("gateway", "directory-service", "survey-service");
    }

    @Override
    public PartResult load(SampleContext context) throws InterruptedException {
        Tally tally = new Tally();
        SampleApi staff = context.staff();
        LocalDate today = context.today();
        int thisYear = today.getYear();
        int lastYear = thisYear - 1;
        JsonNode reports = SampleApi.parse(SampleFiles.text("survey/reports.json")
                .replace("${LAST_YEAR}", String.valueOf(lastYear))
                .replace("${THIS_YEAR}", String.valueOf(thisYear)), "survey/reports.json");
        awaitRoster(staff, chapters(reports));

        JsonNode last = reports.path("lastYear");
        String lastSurvey = "/api/surveys/" + lastYear;
        questionnaire(staff, lastYear, () -> staff.put(lastSurvey + "/questionnaire", null,
                SampleFiles.text("survey/questionnaire.json")), tally);
        JsonNode lastWindow = last.path("window");
        boolean lastStillOpen = window(staff, lastYear, lastWindow.path("opensOn").asString(),
                today.plusDays(7).toString(), lastWindow.path("reminderDaysBefore"), today, tally);
        if (lastStillOpen) {
            submitted(staff, lastYear, last.path("submitted"), tally);
            HttpResponse<String> survey = staff.get(lastSurvey);
            SampleApi.expect(staff.put(lastSurvey, survey.headers().firstValue("ETag").orElse(null), windowBody(
                    lastWindow.path("opensOn").asString(), lastWindow.path("closesOn").asString(),
                    lastWindow.path("reminderDaysBefore"))), 200, lastSurvey);
        }
        else {
            tally.present += last.path("submitted").size();
        }
        if ("open".equals(staff.getJson(lastSurvey).path("state").asString())) {
            SampleApi.expect(staff.postJson(lastSurvey + "/close", ""), 200, lastSurvey + "/close");
        }

        JsonNode current = reports.path("thisYear");
        String thisSurvey = "/api/surveys/" + thisYear;
        questionnaire(staff, thisYear, () -> staff.postJson(thisSurvey + "/questionnaire/copy?fromYear=" + lastYear,
                ""), tally);
        JsonNode thisWindow = current.path("window");
        LocalDate closesOn = today.plusDays(thisWindow.path("closesOnDaysFromToday").asInt());
        window(staff, thisYear, today.plusDays(thisWindow.path("opensOnDaysFromToday").asInt()).toString(),
                closesOn.toString(), thisWindow.path("reminderDaysBefore"), today, tally);
        for (Map.Entry<String, JsonNode> extension : entries(current.path("extensionDays"))) {
            SampleApi.expect(staff.put(thisSurvey + "/extensions/" + extension.getKey(), null, "{\"deadline\":\""
                    + closesOn.plusDays(extension.getValue().asInt()) + "\"}"), 200, "extension");
        }
        submitted(staff, thisYear, current.path("submitted"), tally);
        for (Map.Entry<String, JsonNode> draft : entries(current.path("drafts"))) {
            String path = thisSurvey + "/reports/" + draft.getKey();
            if (!"not-started".equals(staff.getJson(path).path("state").asString())) {
                tally.present++;
                continue;
            }
            SampleApi.expect(staff.put(path, null, answers(draft.getValue())), 200, path);
            tally.loaded++;
        }
        return PartResult.of(name(), tally.loaded, tally.present);
    }

    /** Writes the year's questionnaire if it has none, and publishes it if it is still a draft. */
    private static void questionnaire(SampleApi staff, int year, Write create, Tally tally)
            throws InterruptedException {
        String path = "/api/surveys/" + year + "/questionnaire";
        HttpResponse<String> stored = staff.get(path);
        if (stored.statusCode() == 404) {
            SampleApi.expect(create.send(), 201, path);
            tally.loaded++;
        }
        else if ("published".equals(SampleApi.json(SampleApi.expect(stored, 200, path)).path("status").asString())) {
            tally.present++;
            return;
        }
        SampleApi.expect(staff.postJson(path + "/publish", ""), 200, path + "/publish");
    }

    /** Schedules and opens the year's survey if it is not yet; true while it still takes answers. */
    private static boolean window(SampleApi staff, int year, String opensOn, String closesOn, JsonNode reminders,
            LocalDate today, Tally tally) throws InterruptedException {
        String path = "/api/surveys/" + year;
        HttpResponse<String> stored = staff.get(path);
        JsonNode survey;
        if (stored.statusCode() == 404) {
            survey = SampleApi.json(SampleApi.expect(staff.put(path, null, windowBody(opensOn, closesOn, reminders)),
                    201, path));
            tally.loaded++;
        }
        else {
            survey = SampleApi.json(SampleApi.expect(stored, 200, path));
            tally.present++;
        }
        if ("scheduled".equals(survey.path("state").asString())) {
            // 409: the survey calendar opened it meanwhile
            HttpResponse<String> opened = staff.postJson(path + "/open", "");
            if (opened.statusCode() != 409) {
                SampleApi.expect(opened, 200, path + "/open");
            }
            survey = staff.getJson(path);
        }
        return "open".equals(survey.path("state").asString())
                && !LocalDate.parse(survey.path("closesOn").asString()).isBefore(today);
    }

    /** Saves and submits each chapter's answers unless its report is already submitted. */
    private static void submitted(SampleApi staff, int year, JsonNode byChapter, Tally tally)
            throws InterruptedException {
        for (Map.Entry<String, JsonNode> report : entries(byChapter)) {
            String path = "/api/surveys/" + year + "/reports/" + report.getKey();
            HttpResponse<String> stored = SampleApi.expect(staff.get(path), 200, path);
            if ("submitted".equals(SampleApi.json(stored).path("state").asString())) {
                tally.present++;
                continue;
            }
            SampleApi.expect(staff.put(path, stored.headers().firstValue("ETag").orElse(null),
                    answers(report.getValue())), 200, path);
            SampleApi.expect(staff.postJson(path + "/submit", ""), 200, path + "/submit");
            tally.loaded++;
        }
    }

    private static String windowBody(String opensOn, String closesOn, JsonNode reminders) {
        ObjectNode body = SampleApi.JSON.createObjectNode().put("opensOn", opensOn).put("closesOn", closesOn);
        body.set("reminderDaysBefore", reminders);
        return body.toString();
    }

    private static String answers(JsonNode answers) {
        ObjectNode body = SampleApi.JSON.createObjectNode();
        body.set("answers", answers);
        return body.toString();
    }

    /** survey-service learns chapters from the directory's events: wait until it knows every one used here. */
    private static void awaitRoster(SampleApi staff, Set<String> chapters) throws InterruptedException {
        long deadline = System.nanoTime() + ROSTER_WAIT.toNanos();
        Set<String> missing = new HashSet<>(chapters);
        while (true) {
            staff.getJson("/api/surveys/roster?size=2000").path("content")
                    .forEach(entry -> missing.remove(entry.path("chapterId").asString()));
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("survey-service's roster still lacks " + missing + " after "
                        + ROSTER_WAIT.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    private static Set<String> chapters(JsonNode reports) {
        Set<String> chapters = new HashSet<>();
        for (String year : List.of("lastYear", "thisYear")) {
            JsonNode data = reports.path(year);
            chapters.addAll(data.path("submitted").propertyNames());
            chapters.addAll(data.path("drafts").propertyNames());
            data.path("notStarted").forEach(chapter -> chapters.add(chapter.asString()));
        }
        return chapters;
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        return new ArrayList<>(object.properties());
    }

    /** What one run loaded and found already there. */
    private static final class Tally {
        private int loaded;
        private int present;
    }

    @FunctionalInterface
    private interface Write {
        HttpResponse<String> send() throws InterruptedException;
    }
}

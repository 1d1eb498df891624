package org.chapterrelations.localstack.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The sample data files in the launcher's jar ({@code /seed/...}), with their dates made relative to today. */
final class SampleFiles {

    private SampleFiles() {
    }

    static String text(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/seed/" + name + " is missing from the launcher's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        return SampleApi.parse(text(name), "/seed/" + name);
    }

    /**
     * Placeholders for the association's years of office, which run from 1 July to 30 June: the sample's
     * sitting officers are always in office, past ones always past, a scheduled succession always ahead.
     */
    static String withTermDates(String text, LocalDate today) {
        int startYear = today.getMonth().compareTo(Month.JULY) >= 0 ? today.getYear() : today.getYear() - 1;
        LocalDate termStart = LocalDate.of(startYear, Month.JULY, 1);
        Map<String, LocalDate> dates = Map.of(
                "${LAST_TERM_START}", termStart.minusYears(1),
                "${LAST_TERM_END}", termStart.minusDays(1),
                "${TERM_START}", termStart,
                "${TERM_END}", termStart.plusYears(1).minusDays(1),
                "${NEXT_TERM_START}", termStart.plusYears(1));
        String result = text;
        for (Map.Entry<String, LocalDate> date : dates.entrySet()) {
            result = result.replace(date.getKey(), date.getValue().toString());
        }
        return result;
    }
}

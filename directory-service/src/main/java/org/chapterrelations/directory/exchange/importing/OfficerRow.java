package org.chapterrelations.directory.exchange.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.chapterrelations.directory.exchange.importing.CsvTable.Row;
import org.chapterrelations.directory.office.OfficerImports;
import org.chapterrelations.directory.person.PersonForm;

/** One row of an officers file: the chapter, the person and the term, with the cells that do not parse noted. */
record OfficerRow(int line, String chapterCode, String personId, PersonForm person, String role, LocalDate start,
        LocalDate end) {

    static final List<String> COLUMNS = List.of("chapterCode", "personId", "givenName", "familyName", "email", "phone",
            "role", "start", "end");
    static final Set<String> REQUIRED = Set.of("chapterCode", "givenName", "familyName", "role", "start");

    static OfficerRow read(Row row, LineProblems problems) {
        String code = row.get("chapterCode") == null ? null : row.get("chapterCode").toUpperCase(Locale.ROOT);
        if (code == null) {
            problems.add(row.line(), "chapterCode", "must not be blank");
        }
        String role = row.get("role");
        if (role == null) {
            problems.add(row.line(), "role", "must not be blank");
        }
        else if (OfficerImports.roleProblem(role) != null) {
            problems.add(row.line(), "role", OfficerImports.roleProblem(role));
        }
        LocalDate start = date(row, "start", problems);
        if (start == null && row.get("start") == null) {
            problems.add(row.line(), "start", "must not be blank");
        }
        LocalDate end = date(row, "end", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(row.line(), "end", "must not be before start (" + start + ")");
        }
        PersonForm person = new PersonForm(row.get("givenName"), row.get("familyName"), row.get("email"),
                row.get("phone"), null, null, null);
        return new OfficerRow(row.line(), code, row.get("personId"), person, role, start, end);
    }

    /**
     * The id a person made by an import gets: derived from the e-mail address, or without one from the chapter
     * and the name, so that a re-run (or the run completing a crashed one) finds the person it made before.
     */
    String importedPersonId() {
        String key = person.email() != null ? "email:" + person.email().strip().toLowerCase(Locale.ROOT)
                : "name:" + chapterCode + "|" + person.givenName().strip().toLowerCase(Locale.ROOT) + "|"
                        + person.familyName().strip().toLowerCase(Locale.ROOT);
        return "imported-" + UUID.nameUUIDFromBytes(key.getBytes(UTF_8));
    }

    String displayName() {
        return person.givenName().strip() + " " + person.familyName().strip();
    }

    private static LocalDate date(Row row, String column, LineProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            problems.add(row.line(), column, "must be a date such as 2025-07-01");
            return null;
        }
    }
}

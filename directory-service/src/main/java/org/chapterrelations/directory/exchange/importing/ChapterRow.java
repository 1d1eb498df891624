package org.chapterrelations.directory.exchange.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.chapterrelations.directory.chapter.ChapterForm;
import org.chapterrelations.directory.chapter.ChapterKind;
import org.chapterrelations.directory.chapter.MemberCount;
import org.chapterrelations.directory.common.MailingAddress;
import org.chapterrelations.directory.exchange.importing.CsvTable.Row;

/** One row of a chapters file read into the form the chapter API takes, noting cells that do not parse. */
final class ChapterRow {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "state", "states", "website",
            "publicEmail", "publicPhone", "street", "city", "addressState", "postalCode", "studentProgram",
            "foundedYear", "memberCountYear", "memberCount", "school", "parentChapterId");
    static final Set<String> REQUIRED = Set.of("code", "name", "kind", "state");

    private ChapterRow() {
    }

    /** The row as a form; a cell that does not parse is reported and read as absent. */
    static ChapterForm read(Row row, LineProblems problems) {
        MailingAddress address = new MailingAddress(row.get("street"), row.get("city"), row.get("addressState"),
                row.get("postalCode"));
        boolean noAddress = address.street() == null && address.city() == null && address.state() == null
                && address.postalCode() == null;
        Integer countYear = number(row, "memberCountYear", problems);
        Integer count = number(row, "memberCount", problems);
        return new ChapterForm(row.get("code"), row.get("name"), kind(row, problems), row.get("state"),
                states(row.get("states")), row.get("school"), row.get("parentChapterId"), row.get("website"),
                row.get("publicEmail"), row.get("publicPhone"), noAddress ? null : address,
                yesNo(row, "studentProgram", problems), number(row, "foundedYear", problems),
                countYear == null && count == null ? null : new MemberCount(countYear, count), null);
    }

    /** The CSV column of an API field name as the chapter rules report it. */
    static String column(String field) {
        String base = field.replaceAll("\\[\\d+]$", "");
        return switch (base) {
            case "mailingAddress.street" -> "street";
            case "mailingAddress.city" -> "city";
            case "mailingAddress.state" -> "addressState";
            case "mailingAddress.postalCode" -> "postalCode";
            case "memberCount.year" -> "memberCountYear";
            case "memberCount.count", "memberCount" -> "memberCount";
            default -> base;
        };
    }

    private static ChapterKind kind(Row row, LineProblems problems) {
        String value = row.get("kind");
        if (value == null) {
            return null; // the rules name the missing kind
        }
        return Arrays.stream(ChapterKind.values()).filter(kind -> kind.wireName().equalsIgnoreCase(value))
                .findFirst().orElseGet(() -> {
                    problems.add(row.line(), "kind", "must be one of state, regional, student");
                    return null;
                });
    }

    private static List<String> states(String value) {
        return value == null ? null : Arrays.stream(value.split(";")).map(String::strip)
                .filter(state -> !state.isEmpty()).toList();
    }

    private static Integer number(Row row, String column, LineProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        }
        catch (NumberFormatException ex) {
            problems.add(row.line(), column, "must be a whole number");
            return null;
        }
    }

    private static Boolean yesNo(Row row, String column, LineProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> {
                problems.add(row.line(), column, "must be true or false");
                yield null;
            }
        };
    }
}

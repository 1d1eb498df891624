package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.MailingAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A chapter's editable fields, normalised (codes upper-case, names stripped, {@code states} filled in
 * for state and student chapters), so that a PUT can be compared field by field with what is stored.
 */
record ChapterDetails(String name, ChapterKind kind, String state, List<String> states, String school,
        String parentChapterId, String website, String publicEmail, String publicPhone,
        MailingAddress mailingAddress, boolean studentProgram, Integer foundedYear, MemberCount memberCount,
        boolean sampleData) {

    /** The fields a chapter's own officer may change. */
    static final Set<String> CONTACT_FIELDS = Set.of("website", "publicEmail", "publicPhone", "mailingAddress");

    /** API field names and how to read them, in the order events list them. */
    private static final Map<String, Function<ChapterDetails, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", ChapterDetails::name);
        FIELDS.put("kind", ChapterDetails::kind);
        FIELDS.put("state", ChapterDetails::state);
        FIELDS.put("states", ChapterDetails::states);
        FIELDS.put("school", ChapterDetails::school);
        FIELDS.put("parentChapterId", ChapterDetails::parentChapterId);
        FIELDS.put("website", ChapterDetails::website);
        FIELDS.put("publicEmail", ChapterDetails::publicEmail);
        FIELDS.put("publicPhone", ChapterDetails::publicPhone);
        FIELDS.put("mailingAddress", ChapterDetails::mailingAddress);
        FIELDS.put("studentProgram", ChapterDetails::studentProgram);
        FIELDS.put("foundedYear", ChapterDetails::foundedYear);
        FIELDS.put("memberCount", ChapterDetails::memberCount);
        FIELDS.put("sampleData", ChapterDetails::sampleData);
    }

    /** The form's values; an absent {@code sampleData} keeps {@code sampleDataBefore} (only staff see it). */
    static ChapterDetails of(ChapterForm form, boolean sampleDataBefore) {
        String state = upper(form.state());
        List<String> states = form.kind() == ChapterKind.REGIONAL && form.states() != null
                ? form.states().stream().filter(Objects::nonNull).map(ChapterDetails::upper).distinct().toList()
                : state == null ? List.of() : List.of(state);
        boolean student = form.kind() == ChapterKind.STUDENT;
        return new ChapterDetails(strip(form.name()), form.kind(), state, states,
                student ? strip(form.school()) : null, student ? upper(form.parentChapterId()) : null,
                strip(form.website()), strip(form.publicEmail()), strip(form.publicPhone()),
                form.mailingAddress() == null ? null : form.mailingAddress().normalised(),
                Boolean.TRUE.equals(form.studentProgram()), form.foundedYear(), form.memberCount(),
                form.sampleData() == null ? sampleDataBefore : form.sampleData());
    }

    /** API names of the fields whose values differ from {@code other}'s. */
    List<String> changedFrom(ChapterDetails other) {
        return FIELDS.entrySet().stream()
                .filter(field -> !Objects.equals(field.getValue().apply(this), field.getValue().apply(other)))
                .map(Map.Entry::getKey)
                .toList();
    }

    String city() {
        return mailingAddress == null ? null : mailingAddress.city();
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}

package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.UsStates;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The list filters of {@code GET /api/directory/chapters}, all optional and combined with AND:
 * {@code q} (case-insensitive substring of name, code or city), {@code kind}, {@code state} (any covered
 * state), {@code status} and {@code studentProgram}.
 */
record ChapterFilter(String q, String kind, String state, String status, Boolean studentProgram) {

    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (q != null && !q.isBlank()) {
            criteria.and("searchText").regex(Pattern.quote(q.strip().toLowerCase()));
        }
        if (kind != null && !kind.isBlank()) {
            criteria.and("kind").is(parse("kind", kind, ChapterKind.values()));
        }
        if (state != null && !state.isBlank()) {
            if (!UsStates.isCode(state)) {
                throw ApiException.badField("state", "must be a US state or territory code such as CA, DC or PR");
            }
            criteria.and("states").is(state.strip().toUpperCase());
        }
        if (status != null && !status.isBlank()) {
            criteria.and("status").is(parse("status", status, ChapterStatus.values()));
        }
        if (studentProgram != null) {
            criteria.and("studentProgram").is(studentProgram);
        }
        return criteria;
    }

    private static <E extends Enum<E>> E parse(String field, String wireName, E[] values) {
        for (E value : values) {
            if (wireName(value).equalsIgnoreCase(wireName.strip())) {
                return value;
            }
        }
        throw ApiException.badField(field, "must be one of "
                + String.join(", ", Arrays.stream(values).map(ChapterFilter::wireName).toList()));
    }

    private static String wireName(Enum<?> value) {
        return value instanceof ChapterKind kind ? kind.wireName() : ((ChapterStatus) value).wireName();
    }
}

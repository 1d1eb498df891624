package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.UsStates;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The list filters of {@code GET /api/directory/chapters}, all optional and combined with AND:
 * {@code q} (beginnings of words of the name, code or city, see {@link ChapterSearch}), {@code kind},
 * {@code state} (any covered state), {@code status} and {@code studentProgram}.
 */
record ChapterFilter(String q, String kind, String state, String status, Boolean studentProgram) {

    boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    /** Every filter but {@code q}, as a store query. */
    Criteria criteria() {
        Criteria criteria = new Criteria();
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

    /** Every filter but {@code q}, on a search entry's fields (as {@link ChapterSearch} keeps them). */
    Predicate<Document> fieldsMatch() {
        Predicate<Document> match = fields -> true;
        if (kind != null && !kind.isBlank()) {
            String wanted = parse("kind", kind, ChapterKind.values()).name();
            match = match.and(fields -> wanted.equals(fields.getString("kind")));
        }
        if (state != null && !state.isBlank()) {
            if (!UsStates.isCode(state)) {
                throw ApiException.badField("state", "must be a US state or territory code such as CA, DC or PR");
            }
            String wanted = state.strip().toUpperCase();
            match = match.and(fields -> fields.getList("states", String.class, List.of()).contains(wanted));
        }
        if (status != null && !status.isBlank()) {
            String wanted = parse("status", status, ChapterStatus.values()).name();
            match = match.and(fields -> wanted.equals(fields.getString("status")));
        }
        if (studentProgram != null) {
            match = match.and(fields -> studentProgram.equals(fields.getBoolean("studentProgram")));
        }
        return match;
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

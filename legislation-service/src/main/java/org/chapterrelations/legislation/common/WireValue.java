package org.chapterrelations.legislation.common;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.chapterrelations.platform.web.problem.ApiException;

/** An enum constant with a lower-case, hyphenated name on the wire (JSON, events, query parameters). */
public interface WireValue {

    String wire();

    /** The constant whose wire name is {@code value} (case-insensitive), or 400 naming {@code field}. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String field, String value) {
        E found = find(type, value);
        if (found == null) {
            throw ApiException.badField(field, "must be one of " + names(type));
        }
        return found;
    }

    /** The constant whose wire name is {@code value}, or null. */
    static <E extends Enum<E> & WireValue> E find(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    static <E extends Enum<E> & WireValue> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining(", "));
    }

    /** The wire name of a nullable constant. */
    static String of(WireValue value) {
        return value == null ? null : value.wire();
    }
}

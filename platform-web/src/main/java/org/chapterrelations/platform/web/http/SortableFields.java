package org.chapterrelations.platform.web.http;

import java.util.Set;
import java.util.TreeSet;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.domain.Sort;

/**
 * The fields a list may be sorted by. Anything else in {@code sort} is a 400 naming the field, never a query
 * sent to the store (a real MongoDB refuses {@code sort=$where} with an error that would surface as a 500).
 */
public record SortableFields(Set<String> names) {

    public SortableFields {
        names = Set.copyOf(names);
    }

    public static SortableFields of(String... names) {
        return new SortableFields(Set.of(names));
    }

    /** Returns {@code sort} if every property in it is sortable, else throws a 400 for the field {@code sort}. */
    public Sort check(Sort sort) {
        for (Sort.Order order : sort) {
            if (!names.contains(order.getProperty())) {
                throw ApiException.badField("sort", "can sort by " + String.join(", ", new TreeSet<>(names)));
            }
        }
        return sort;
    }
}

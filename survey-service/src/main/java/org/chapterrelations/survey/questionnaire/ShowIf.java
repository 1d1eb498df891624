package org.chapterrelations.survey.questionnaire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Conditional logic: the question is shown only when the earlier question {@code questionKey} was
 * answered with {@code equals}, or with one of {@code in}. For a multi-choice answer, any chosen value counts.
 */
public record ShowIf(String questionKey, @JsonProperty("equals") Object equalTo, List<Object> in) {

    public boolean matches(Object answer) {
        if (answer == null) {
            return false;
        }
        if (answer instanceof List<?> chosen) {
            return chosen.stream().anyMatch(this::matchesOne);
        }
        return matchesOne(answer);
    }

    private boolean matchesOne(Object value) {
        if (equalTo != null) {
            return same(equalTo, value);
        }
        return in != null && in.stream().anyMatch(candidate -> same(candidate, value));
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Number a && actual instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(expected, actual);
    }
}

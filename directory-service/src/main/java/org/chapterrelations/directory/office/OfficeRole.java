package org.chapterrelations.directory.office;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The offices of a chapter. Every office but the student chapter advisor has one holder at a time. */
public enum OfficeRole {

    PRESIDENT("president"),
    PRESIDENT_ELECT("president-elect"),
    PAST_PRESIDENT("past-president"),
    COUNCILOR("councilor"),
    EXECUTIVE_DIRECTOR("executive-director"),
    TREASURER("treasurer"),
    SECRETARY("secretary"),
    STUDENT_CHAPTER_ADVISOR("student-chapter-advisor");

    private final String wireName;

    OfficeRole(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean singleHolder() {
        return this != STUDENT_CHAPTER_ADVISOR;
    }

    static Optional<OfficeRole> fromWire(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(role -> role.wireName.equalsIgnoreCase(name.strip())).findFirst();
    }

    static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(OfficeRole::wireName).toList());
    }
}

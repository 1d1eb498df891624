package org.chapterrelations.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of question a questionnaire may ask; the wire name is what clients send. */
public enum QuestionType {
    TEXT("text"), LONG_TEXT("long-text"), NUMBER("number"), INTEGER("integer"), CURRENCY("currency"),
    DATE("date"), SINGLE_CHOICE("single-choice"), MULTI_CHOICE("multi-choice"), YES_NO("yes-no"),
    SCALE("scale"), EMAIL("email"), URL("url"), TABLE("table");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static QuestionType of(String wireName) {
        for (QuestionType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown question type " + wireName);
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    public boolean numeric() {
        return this == NUMBER || this == INTEGER || this == CURRENCY || this == SCALE;
    }
}

package org.chapterrelations.survey.answer;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Answers to {@code Fixtures.QUESTIONNAIRE}, one or more per question type: (case, question key, JSON
 * value, then the stored JSON for a valid answer or the field named in the problem for an invalid one).
 */
final class AnswerCases {

    private AnswerCases() {
    }

    static Stream<Arguments> validAnswers() {
        return Stream.of(
                Arguments.of("text", "highlights", "\"  Our conference.  \"", "\"Our conference.\""),
                Arguments.of("long-text", "advocacy_summary", "\"" + "a".repeat(5000) + "\"",
                        "\"" + "a".repeat(5000) + "\""),
                Arguments.of("number", "growth_rate", "-12.5", "-12.5"),
                Arguments.of("number at its bound", "growth_rate", "1000", "1000.0"),
                Arguments.of("integer", "members", "120", "120"),
                Arguments.of("integer written with a zero fraction", "members", "120.0", "120"),
                Arguments.of("currency", "budget", "1500.25", "1500.25"),
                Arguments.of("date", "founded_on", "\"1996-02-29\"", "\"1996-02-29\""),
                Arguments.of("single-choice", "focus", "\"literacy\"", "\"literacy\""),
                Arguments.of("multi-choice, kept in questionnaire order", "topics", "[\"copyright\",\"funding\"]",
                        "[\"funding\",\"copyright\"]"),
                Arguments.of("yes-no", "has_advocacy", "false", "false"),
                Arguments.of("scale", "satisfaction", "5", "5"),
                Arguments.of("email", "contact_email", "\"office@cla.example.org\"", "\"office@cla.example.org\""),
                Arguments.of("url", "website", "\"https://cla.example.org/about?x=1\"",
                        "\"https://cla.example.org/about?x=1\""),
                Arguments.of("table", "events", "[{\"name\":\"Gala\",\"held_on\":\"2026-05-01\",\"attendance\":40},"
                        + "{\"name\":\"Workshop\",\"held_on\":\"2026-06-01\"}]",
                        "[{\"name\":\"Gala\",\"held_on\":\"2026-05-01\",\"attendance\":40},"
                                + "{\"name\":\"Workshop\",\"held_on\":\"2026-06-01\"}]"));
    }

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                Arguments.of("text that is not a string", "highlights", "5", "answers.highlights"),
                Arguments.of("text too long", "highlights", "\"" + "x".repeat(1001) + "\"", "answers.highlights"),
                Arguments.of("long-text too long", "advocacy_summary", "\"" + "x".repeat(20_001) + "\"",
                        "answers.advocacy_summary"),
                Arguments.of("number sent as a string", "growth_rate", "\"2.5\"", "answers.growth_rate"),
                Arguments.of("number above max", "growth_rate", "1000.5", "answers.growth_rate"),
                Arguments.of("number below min", "growth_rate", "-101", "answers.growth_rate"),
                Arguments.of("integer with a fraction", "members", "12.5", "answers.members"),
                Arguments.of("integer below min", "members", "-1", "answers.members"),
                Arguments.of("integer as a boolean", "members", "true", "answers.members"),
                Arguments.of("currency with three decimals", "budget", "10.125", "answers.budget"),
                Arguments.of("negative currency", "budget", "-5", "answers.budget"),
                Arguments.of("currency as a string", "budget", "\"$100\"", "answers.budget"),
                Arguments.of("impossible date", "founded_on", "\"1997-02-29\"", "answers.founded_on"),
                Arguments.of("date in another format", "founded_on", "\"28/02/1990\"", "answers.founded_on"),
                Arguments.of("single-choice outside the choices", "focus", "\"science\"", "answers.focus"),
                Arguments.of("single-choice as a list", "focus", "[\"funding\"]", "answers.focus"),
                Arguments.of("multi-choice with an unknown choice", "topics", "[\"lasers\"]", "answers.topics"),
                Arguments.of("multi-choice repeating a choice", "topics", "[\"privacy\",\"privacy\"]",
                        "answers.topics"),
                Arguments.of("multi-choice as a string", "topics", "\"privacy\"", "answers.topics"),
                Arguments.of("yes-no as a string", "has_advocacy", "\"yes\"", "answers.has_advocacy"),
                Arguments.of("yes-no as a number", "has_advocacy", "1", "answers.has_advocacy"),
                Arguments.of("scale below 1", "satisfaction", "0", "answers.satisfaction"),
                Arguments.of("scale above 5", "satisfaction", "6", "answers.satisfaction"),
                Arguments.of("scale with a fraction", "satisfaction", "3.5", "answers.satisfaction"),
                Arguments.of("email without a domain", "contact_email", "\"office@cla\"", "answers.contact_email"),
                Arguments.of("email as a number", "contact_email", "42", "answers.contact_email"),
                Arguments.of("url with another scheme", "website", "\"ftp://cla.example.org\"", "answers.website"),
                Arguments.of("url that is not one", "website", "\"javascript:alert(1)\"", "answers.website"),
                Arguments.of("table that is not a list", "events", "\"Gala\"", "answers.events"),
                Arguments.of("table row that is not an object", "events", "[\"Gala\"]", "answers.events[0]"),
                Arguments.of("table cell of the wrong type", "events",
                        "[{\"name\":\"Gala\",\"held_on\":\"2026-05-01\"},{\"name\":\"Fair\",\"held_on\":\"May\"}]",
                        "answers.events[1].held_on"),
                Arguments.of("table missing a required column", "events", "[{\"held_on\":\"2026-05-01\"}]",
                        "answers.events[0].name"),
                Arguments.of("table with an unknown column", "events",
                        "[{\"name\":\"Gala\",\"held_on\":\"2026-05-01\",\"colour\":\"red\"}]",
                        "answers.events[0].colour"),
                Arguments.of("table cell below its min", "events",
                        "[{\"name\":\"Gala\",\"held_on\":\"2026-05-01\",\"attendance\":-3}]",
                        "answers.events[0].attendance"),
                Arguments.of("a key that is no question", "nope", "1", "answers.nope"));
    }
}

package org.chapterrelations.directory.office;

/**
 * What the directory publishes about terms of office on {@code directory.chapters.v1}; the JSON Schemas
 * {@code docs/events/directory.Officer*.v1.schema.json} are the contract.
 */
final class OfficerEvents {

    static final String TOPIC = "directory.chapters.v1";
    static final String APPOINTED = "directory.OfficerAppointed.v1";
    static final String TERM_ENDED = "directory.OfficerTermEnded.v1";

    private OfficerEvents() {
    }

    static OfficerChange of(String chapterId, Term term) {
        return new OfficerChange(chapterId, term.termId(), term.personId(), term.personName(), term.email(),
                term.role().wireName(), term.start().toString(), term.end() == null ? null : term.end().toString());
    }

    /** The body of both events: OfficerTermEnded always carries {@code end}. */
    record OfficerChange(String chapterId, String termId, String personId, String personName, String email,
            String role, String start, String end) {
    }
}

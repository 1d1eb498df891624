package org.chapterrelations.legislation.watch;

import java.time.Instant;
import java.util.List;

import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A saved query that tracks bills automatically: within its jurisdictions (all if none), a bill matches when
 * any of its subjects, keywords (whole words of title, other titles or abstracts) or sponsors does. A bill
 * that newly matches is tracked with the rule's defaults.
 */
@Document("watch_rules")
public record WatchRule(@Id String id, String name, List<String> jurisdictions, List<String> subjects,
        List<String> keywords, List<String> sponsors, Defaults defaults, String createdBy, Instant createdAt,
        Instant updatedAt, @Version Long version) {

    public WatchRule {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
        defaults = defaults == null ? new Defaults(null, null, List.of()) : defaults;
    }

    /** How a bill this rule tracks starts out. */
    public record Defaults(Position position, Priority priority, List<String> issueAreas) {

        public Defaults {
            issueAreas = issueAreas == null ? List.of() : List.copyOf(issueAreas);
        }
    }
}

package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;
import org.chapterrelations.legislation.common.WireValue;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The filters of a bill search, all optional and combined with AND. {@code q} matches words of the identifier,
 * titles, abstracts and subjects (each query word as a word prefix), or the identifier however it is written
 * ({@code hb1234} finds {@code HB 1234}); {@code updatedSince} is a date or an instant. Anonymous callers see
 * only tracked bills with a public position.
 */
public record BillFilter(String q, String jurisdiction, String session, String status, String subject,
        String position, String priority, String issueArea, Boolean tracked, String updatedSince) {

    public Criteria criteria(boolean anonymous) {
        List<Criteria> all = new ArrayList<>();
        if (anonymous) {
            all.add(Criteria.where("publicView").is(true));
        }
        if (present(q)) {
            all.add(text(q));
        }
        if (present(jurisdiction)) {
            all.add(Criteria.where("jurisdiction").is(jurisdiction.strip().toLowerCase()));
        }
        if (present(session)) {
            all.add(Criteria.where("session").is(session.strip()));
        }
        if (present(status)) {
            all.add(Criteria.where("status").is(WireValue.parse(BillStatus.class, "status", status)));
        }
        if (present(subject)) {
            all.add(Criteria.where("subjectKeys").is(subject.strip().toLowerCase()));
        }
        if (present(position)) {
            all.add(Criteria.where("office.position").is(WireValue.parse(Position.class, "position", position)));
        }
        if (present(priority)) {
            all.add(Criteria.where("office.priority").is(WireValue.parse(Priority.class, "priority", priority)));
        }
        if (present(issueArea)) {
            all.add(Criteria.where("office.issueAreas").is(issueArea.strip().toLowerCase()));
        }
        if (tracked != null) {
            all.add(Criteria.where("office.tracked").is(tracked));
        }
        if (present(updatedSince)) {
            all.add(Criteria.where("updatedAt").gte(Date.from(instant(updatedSince))));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static Criteria text(String q) {
        List<Criteria> words = SearchTokens.words(q).stream()
                .map(word -> Criteria.where("searchTokens").regex("^" + Pattern.quote(word)))
                .toList();
        Criteria byIdentifier = Criteria.where("normalisedIdentifier").is(BillIds.normaliseIdentifier(q));
        return words.isEmpty() ? byIdentifier : new Criteria().orOperator(byIdentifier, new Criteria().andOperator(words));
    }

    private static Instant instant(String value) {
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw ApiException.badField("updatedSince", "must be a date (2026-03-01) or an instant (2026-03-01T12:00:00Z)");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

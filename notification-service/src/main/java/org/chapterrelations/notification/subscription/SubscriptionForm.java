package org.chapterrelations.notification.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** {@code {kind, value}}: e.g. {@code {"kind":"jurisdiction","value":"ca"}}. Values are normalised to lower case. */
record SubscriptionForm(SubscriptionKind kind, String value) {

    private static final Pattern JURISDICTION = Pattern.compile("^(us|[a-z]{2})$");
    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]*$");
    private static final Set<String> PRIORITIES = Set.of("high", "medium", "low");

    /** The normalised value, or 400 naming the fields at fault. */
    String validValue() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "must be one of jurisdiction, issue-area, priority, bill"));
        }
        String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("value", "must not be blank"));
        }
        else if (kind != null && !matches(normalised)) {
            problems.add(new FieldProblem("value", switch (kind) {
                case JURISDICTION -> "must be \"us\" or a two-letter state code such as ca";
                case ISSUE_AREA -> "must be an issue area slug such as intellectual-freedom";
                case PRIORITY -> "must be one of high, medium, low";
                case BILL -> "must be a bill id such as ca-20252026-ab1234";
            }));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        return normalised;
    }

    private boolean matches(String normalised) {
        return switch (kind) {
            case JURISDICTION -> JURISDICTION.matcher(normalised).matches();
            case ISSUE_AREA, BILL -> SLUG.matcher(normalised).matches();
            case PRIORITY -> PRIORITIES.contains(normalised);
        };
    }
}

package org.chapterrelations.legislation.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chapterrelations.legislation.bill.Bill;
import org.chapterrelations.legislation.bill.BillFilter;
import org.chapterrelations.legislation.bill.BillSearch;
import org.chapterrelations.legislation.bill.BillSummaryView;
import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.legislation.common.IssueAreas;
import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;
import org.chapterrelations.legislation.common.WireValue;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Watch rules: checked, stored, and tried against today's bills without tracking anything. */
@Service
class WatchRuleService {

    static final int DRY_RUN_LISTED = 100;
    private static final Pattern JURISDICTION = Pattern.compile("us|[a-z]{2}");

    private final WatchRuleRepository rules;
    private final ActiveWatchRules active;
    private final BillSearch bills;
    private final Clock clock;

    WatchRuleService(WatchRuleRepository rules, ActiveWatchRules active, BillSearch bills, Clock clock) {
        this.rules = rules;
        this.active = active;
        this.bills = bills;
        this.clock = clock;
    }

    WatchRule create(WatchRuleForm form, String username) {
        Instant now = clock.instant();
        WatchRule rule = rules.save(build(UUID.randomUUID().toString(), form, username, now, now, null));
        active.reload();
        return rule;
    }

    WatchRule replace(String id, WatchRuleForm form, String ifMatch) {
        WatchRule current = get(id);
        IfMatch.require(ifMatch, current.version(), "watch rule");
        WatchRule rule = rules.save(build(id, form, current.createdBy(), current.createdAt(), clock.instant(),
                current.version()));
        active.reload();
        return rule;
    }

    void delete(String id) {
        rules.delete(get(id));
        active.reload();
    }

    WatchRule get(String id) {
        return rules.findById(id).orElseThrow(() -> ApiException.notFound("Watch rule", id));
    }

    List<WatchRule> list() {
        return rules.findAllByOrderByCreatedAtAsc();
    }

    /** What the rule matches among today's bills: the count, and the first {@value #DRY_RUN_LISTED} by latest action. */
    DryRun dryRun(String id) {
        WatchRule rule = get(id);
        List<BillSummaryView> listed = new ArrayList<>();
        int matched = 0;
        int alreadyTracked = 0;
        List<String> jurisdictions = rule.jurisdictions().isEmpty() ? List.of("") : rule.jurisdictions();
        for (String jurisdiction : jurisdictions) {
            BillFilter filter = new BillFilter(null, jurisdiction.isEmpty() ? null : jurisdiction, null, null, null,
                    null, null, null, null, null);
            try (Stream<Bill> stream = bills.stream(filter, false, Sort.by(Sort.Direction.DESC, "latestActionDate"))) {
                for (Bill bill : (Iterable<Bill>) stream::iterator) {
                    if (WatchMatcher.matches(rule, bill.content())) {
                        matched++;
                        alreadyTracked += bill.office().tracked() ? 1 : 0;
                        if (listed.size() < DRY_RUN_LISTED) {
                            listed.add(BillSummaryView.of(bill, true));
                        }
                    }
                }
            }
        }
        return new DryRun(rule.id(), matched, alreadyTracked, listed);
    }

    record DryRun(String ruleId, int matched, int alreadyTracked, List<BillSummaryView> bills) {
    }

    private static WatchRule build(String id, WatchRuleForm form, String createdBy, Instant createdAt,
            Instant updatedAt, Long version) {
        if (form == null) {
            throw ApiException.badField("body", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            problems.add(new FieldProblem("name", "is required (at most 200 characters)"));
        }
        List<String> jurisdictions = clean(form.jurisdictions()).stream().map(String::toLowerCase).toList();
        for (int i = 0; i < jurisdictions.size(); i++) {
            if (!JURISDICTION.matcher(jurisdictions.get(i)).matches()) {
                problems.add(new FieldProblem("jurisdictions[" + i + "]", "must be us or a two-letter state code"));
            }
        }
        List<String> subjects = clean(form.subjects());
        List<String> keywords = clean(form.keywords());
        List<String> sponsors = clean(form.sponsors());
        if (jurisdictions.isEmpty() && subjects.isEmpty() && keywords.isEmpty() && sponsors.isEmpty()) {
            problems.add(new FieldProblem("keywords", "a rule needs at least one of jurisdictions, subjects, "
                    + "keywords or sponsors"));
        }
        WatchRuleForm.DefaultsForm given = form.defaults() == null ? new WatchRuleForm.DefaultsForm(null, null, null)
                : form.defaults();
        Position position = WireValue.find(Position.class, given.position());
        if (given.position() != null && position == null) {
            problems.add(new FieldProblem("defaults.position", "must be one of " + WireValue.names(Position.class)));
        }
        Priority priority = WireValue.find(Priority.class, given.priority());
        if (given.priority() != null && priority == null) {
            problems.add(new FieldProblem("defaults.priority", "must be one of " + WireValue.names(Priority.class)));
        }
        List<String> areas = IssueAreas.normalise(given.issueAreas());
        problems.addAll(IssueAreas.problems("defaults.issueAreas", areas));
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        return new WatchRule(id, form.name().strip(), jurisdictions, subjects, keywords, sponsors,
                new WatchRule.Defaults(position, priority, areas), createdBy, createdAt, updatedAt, version);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> !value.isEmpty()).distinct().toList();
    }
}

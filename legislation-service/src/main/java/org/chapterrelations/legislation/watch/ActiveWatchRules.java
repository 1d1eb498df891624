package org.chapterrelations.legislation.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.Tracking;
import org.chapterrelations.legislation.bill.WatchTracking;
import org.springframework.stereotype.Component;

/**
 * The rules bill storage consults on every created or changed bill. Kept in memory (an import checks every
 * record) and reloaded when this instance changes a rule, or after a few seconds for changes made elsewhere.
 */
@Component
class ActiveWatchRules implements WatchTracking {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final WatchRuleRepository rules;
    private final Clock clock;
    private volatile List<WatchRule> cached;
    private volatile Instant loadedAt = Instant.MIN;

    ActiveWatchRules(WatchRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Optional<Tracking> newMatch(BillContent before, BillContent after) {
        for (WatchRule rule : current()) {
            if (WatchMatcher.matches(rule, after) && !WatchMatcher.matches(rule, before)) {
                return Optional.of(Tracking.byRule(rule.id(), rule.defaults().position(), rule.defaults().priority(),
                        rule.defaults().issueAreas()));
            }
        }
        return Optional.empty();
    }

    void reload() {
        cached = rules.findAllByOrderByCreatedAtAsc();
        loadedAt = clock.instant();
    }

    private List<WatchRule> current() {
        if (cached == null || clock.instant().isAfter(loadedAt.plus(MAX_AGE))) {
            reload();
        }
        return cached;
    }
}

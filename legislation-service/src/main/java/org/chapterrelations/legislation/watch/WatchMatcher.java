package org.chapterrelations.legislation.watch;

import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;

/** Whether a bill matches a watch rule (pure; see {@link WatchRule} for the meaning). */
final class WatchMatcher {

    private WatchMatcher() {
    }

    static boolean matches(WatchRule rule, BillContent bill) {
        if (bill == null) {
            return false;
        }
        if (!rule.jurisdictions().isEmpty() && !rule.jurisdictions().contains(bill.jurisdiction())) {
            return false;
        }
        boolean anyCriterion = !rule.subjects().isEmpty() || !rule.keywords().isEmpty() || !rule.sponsors().isEmpty();
        return !anyCriterion || subjectMatches(rule, bill) || keywordMatches(rule, bill) || sponsorMatches(rule, bill);
    }

    private static boolean subjectMatches(WatchRule rule, BillContent bill) {
        return rule.subjects().stream().anyMatch(wanted -> bill.subjects().stream()
                .anyMatch(subject -> subject != null && subject.strip().equalsIgnoreCase(wanted.strip())));
    }

    private static boolean keywordMatches(WatchRule rule, BillContent bill) {
        if (rule.keywords().isEmpty()) {
            return false;
        }
        List<List<String>> texts = new ArrayList<>();
        texts.add(Words.stems(bill.title()));
        bill.otherTitles().stream().map(OtherTitle::title).forEach(title -> texts.add(Words.stems(title)));
        bill.abstracts().stream().map(Abstract::text).forEach(text -> texts.add(Words.stems(text)));
        return rule.keywords().stream().map(Words::stems)
                .anyMatch(phrase -> texts.stream().anyMatch(text -> Words.containsPhrase(text, phrase)));
    }

    private static boolean sponsorMatches(WatchRule rule, BillContent bill) {
        return rule.sponsors().stream().map(Words::stems).anyMatch(wanted -> bill.sponsorships().stream()
                .map(Sponsorship::name).anyMatch(name -> Words.containsPhrase(Words.stems(name), wanted)));
    }
}

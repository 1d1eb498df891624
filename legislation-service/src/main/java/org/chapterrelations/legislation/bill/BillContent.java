package org.chapterrelations.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.Document;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Source;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;

/**
 * What a legislature publishes about a bill, in the shape of Open States' bill (Congress.gov maps onto
 * it): the API's upsert body, what every import format becomes, and what the bill document stores.
 * {@code jurisdiction} is {@code us} or a lower-case state code.
 */
public record BillContent(String jurisdiction, BillSession session, String identifier, String title,
        List<OtherTitle> otherTitles, List<String> classification, List<String> subjects, List<Abstract> abstracts,
        List<Sponsorship> sponsorships, List<Action> actions, List<Document> versions, List<Document> documents,
        List<Source> sources) {

    public BillContent {
        otherTitles = listOf(otherTitles);
        classification = listOf(classification);
        subjects = listOf(subjects);
        abstracts = listOf(abstracts);
        sponsorships = listOf(sponsorships);
        actions = listOf(actions);
        versions = listOf(versions);
        documents = listOf(documents);
        sources = listOf(sources);
    }

    /**
     * Trimmed, lower-case jurisdiction, {@code bill} when unclassified, and actions in chronological order,
     * numbered from 1: status is derived in that order, whatever order the source lists them in.
     */
    public BillContent normalised() {
        List<Action> chronological = chronological(actions);
        List<Action> numbered = new ArrayList<>(chronological.size());
        for (int i = 0; i < chronological.size(); i++) {
            numbered.add(chronological.get(i).withOrder(i + 1));
        }
        return new BillContent(jurisdiction == null ? null : jurisdiction.strip().toLowerCase(),
                session == null ? null : new BillSession(strip(session.identifier()), strip(session.name())),
                strip(identifier), strip(title), otherTitles,
                classification.isEmpty() ? List.of("bill") : classification, subjects, abstracts, sponsorships,
                numbered, versions, documents, sources);
    }

    /**
     * Oldest first by day, then by time where the source gives one. Ties keep the source's order (its own
     * numbers where it gave every action one), read backwards when the source lists newest first (its first
     * action later than its last), as Open States scraper output often does.
     */
    static List<Action> chronological(List<Action> actions) {
        List<Action> given = new ArrayList<>(actions.stream().filter(Objects::nonNull).toList());
        if (given.stream().allMatch(action -> action.order() != null)) {
            given.sort(Comparator.comparing(Action::order));
        }
        // each time parsed once, not at every comparison of the sort
        Map<Action, Instant> instants = new IdentityHashMap<>();
        given.forEach(action -> instants.put(action, action.instant()));
        // day (undated actions last), then instant on the same day (untimed first)
        Comparator<Action> when = Comparator.comparing(Action::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(instants::get, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Action> dated = given.stream().filter(action -> action.date() != null).toList();
        if (dated.size() > 1 && when.compare(dated.get(0), dated.get(dated.size() - 1)) > 0) {
            Collections.reverse(given);
        }
        given.sort(when);
        return given;
    }

    /** The API names of the fields that differ in {@code other}, in a fixed order (the BillUpdated contract). */
    List<String> changedFields(BillContent other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", other, BillContent::title);
        compare(changed, "otherTitles", other, BillContent::otherTitles);
        compare(changed, "classification", other, BillContent::classification);
        compare(changed, "subjects", other, BillContent::subjects);
        compare(changed, "abstracts", other, BillContent::abstracts);
        compare(changed, "sponsorships", other, BillContent::sponsorships);
        compare(changed, "actions", other, BillContent::actions);
        compare(changed, "versions", other, BillContent::versions);
        compare(changed, "documents", other, BillContent::documents);
        compare(changed, "sources", other, BillContent::sources);
        return changed;
    }

    /** A session named only by identifier keeps the name already known. */
    BillContent withSessionNameFrom(BillContent known) {
        if (session == null || session.name() != null || known.session() == null) {
            return this;
        }
        return new BillContent(jurisdiction, new BillSession(session.identifier(), known.session().name()),
                identifier, title, otherTitles, classification, subjects, abstracts, sponsorships, actions, versions,
                documents, sources);
    }

    LocalDate firstActionDate() {
        return actions.stream().map(Action::date).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    LocalDate latestActionDate() {
        return actions.stream().map(Action::date).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    private <T> void compare(List<String> changed, String name, BillContent other, Function<BillContent, T> field) {
        if (!Objects.equals(field.apply(this), field.apply(other))) {
            changed.add(name);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}

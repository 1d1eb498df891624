package org.chapterrelations.legislation.bill;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.Document;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;
import org.chapterrelations.platform.web.problem.FieldProblem;

/** What a bill needs before it is stored, whichever way it arrives (API or import); each problem names its field. */
public final class BillRules {

    private static final Pattern JURISDICTION = Pattern.compile("us|[a-z]{2}");

    private BillRules() {
    }

    /** Problems of a normalised bill; empty when it may be stored. */
    public static List<FieldProblem> problems(BillContent bill) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bill.jurisdiction() == null || !JURISDICTION.matcher(bill.jurisdiction()).matches()) {
            problems.add(new FieldProblem("jurisdiction", "must be us or a two-letter state code such as ca"));
        }
        if (bill.session() == null || blank(bill.session().identifier())) {
            problems.add(new FieldProblem("session.identifier", "is required, e.g. 2025-2026 or 119"));
        }
        else if (BillIds.sessionKey(bill.session().identifier()).isEmpty() || bill.session().identifier().length() > 40) {
            problems.add(new FieldProblem("session.identifier", "must hold letters or digits (at most 40 characters)"));
        }
        if (blank(bill.identifier()) || BillIds.normaliseIdentifier(bill.identifier()).isEmpty()
                || bill.identifier().length() > 40) {
            problems.add(new FieldProblem("identifier", "is required, e.g. HB 1234 (at most 40 characters)"));
        }
        if (blank(bill.title())) {
            problems.add(new FieldProblem("title", "is required"));
        }
        else if (bill.title().length() > 5000) {
            problems.add(new FieldProblem("title", "must be at most 5000 characters"));
        }
        checkActions(bill.actions(), problems);
        checkSponsorships(bill.sponsorships(), problems);
        checkDocuments("versions", bill.versions(), problems);
        checkDocuments("documents", bill.documents(), problems);
        for (int i = 0; i < bill.sources().size(); i++) {
            if (bill.sources().get(i) == null || blank(bill.sources().get(i).url())) {
                problems.add(new FieldProblem("sources[" + i + "].url", "is required"));
            }
        }
        return problems;
    }

    private static void checkActions(List<Action> actions, List<FieldProblem> problems) {
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            if (action == null || action.date() == null) {
                problems.add(new FieldProblem("actions[" + i + "].date", "is required (YYYY-MM-DD)"));
            }
            if (action == null || blank(action.description())) {
                problems.add(new FieldProblem("actions[" + i + "].description", "is required"));
            }
        }
    }

    private static void checkSponsorships(List<Sponsorship> sponsorships, List<FieldProblem> problems) {
        for (int i = 0; i < sponsorships.size(); i++) {
            if (sponsorships.get(i) == null || blank(sponsorships.get(i).name())) {
                problems.add(new FieldProblem("sponsorships[" + i + "].name", "is required"));
            }
        }
    }

    private static void checkDocuments(String field, List<Document> documents, List<FieldProblem> problems) {
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            if (document == null) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must not be null"));
                continue;
            }
            for (int j = 0; j < document.links().size(); j++) {
                if (document.links().get(j) == null || blank(document.links().get(j).url())) {
                    problems.add(new FieldProblem(field + "[" + i + "].links[" + j + "].url", "is required"));
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.chapterrelations.legislation.campaign;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.chapterrelations.legislation.bill.BillSearch;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks a campaign form, naming each bad field, and fills in jurisdictions and target states it implies. */
@Component
class CampaignRules {

    private static final Pattern JURISDICTION = Pattern.compile("us|[a-z]{2}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final BillSearch bills;

    CampaignRules(BillSearch bills) {
        this.bills = bills;
    }

    CampaignDetails check(CampaignForm form) {
        if (form == null) {
            throw ApiException.badField("body", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(form.title()) || form.title().length() > 200) {
            problems.add(new FieldProblem("title", "is required (at most 200 characters)"));
        }
        if (blank(form.message()) || form.message().length() > 10_000) {
            problems.add(new FieldProblem("message", "is required (at most 10000 characters)"));
        }
        if (form.deadline() == null) {
            problems.add(new FieldProblem("deadline", "is required (YYYY-MM-DD)"));
        }
        List<String> billIds = clean(form.billIds(), false);
        if (billIds.isEmpty()) {
            problems.add(new FieldProblem("billIds", "name at least one bill"));
        }
        Map<String, String> known = bills.jurisdictionsOf(billIds);
        for (int i = 0; i < billIds.size(); i++) {
            if (!known.containsKey(billIds.get(i))) {
                problems.add(new FieldProblem("billIds[" + i + "]", "no bill " + billIds.get(i) + " exists"));
            }
        }
        List<String> jurisdictions = clean(form.jurisdictions(), false);
        if (jurisdictions.isEmpty()) {
            jurisdictions = billIds.stream().map(known::get).filter(Objects::nonNull).distinct().toList();
        }
        for (int i = 0; i < jurisdictions.size(); i++) {
            if (!JURISDICTION.matcher(jurisdictions.get(i)).matches()) {
                problems.add(new FieldProblem("jurisdictions[" + i + "]", "must be us or a two-letter state code"));
            }
        }
        List<String> states = clean(form.targetStates(), true);
        if (states.isEmpty()) {
            states = jurisdictions.stream().filter(j -> !j.equals("us")).map(String::toUpperCase).toList();
        }
        for (int i = 0; i < states.size(); i++) {
            if (!STATE.matcher(states.get(i)).matches()) {
                problems.add(new FieldProblem("targetStates[" + i + "]", "must be a two-letter state code such as CA"));
            }
        }
        if (states.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("targetStates", "name the states whose chapters should act"));
        }
        if (!blank(form.actionUrl()) && !isWebAddress(form.actionUrl())) {
            problems.add(new FieldProblem("actionUrl", "must be an http or https address"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        return new CampaignDetails(form.title().strip(), form.message().strip(), form.deadline(), billIds,
                jurisdictions, states, blank(form.actionUrl()) ? null : form.actionUrl().strip());
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static List<String> clean(List<String> values, boolean upper) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            if (!blank(value)) {
                cleaned.add(upper ? value.strip().toUpperCase() : value.strip().toLowerCase());
            }
        }
        return List.copyOf(cleaned);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

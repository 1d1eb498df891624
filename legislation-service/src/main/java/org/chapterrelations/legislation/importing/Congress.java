package org.chapterrelations.legislation.importing;

import static org.chapterrelations.legislation.importing.Json.elements;
import static org.chapterrelations.legislation.importing.Json.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.Document;
import org.chapterrelations.legislation.bill.BillParts.Link;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Source;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;
import org.chapterrelations.legislation.bill.BillSession;

import tools.jackson.databind.JsonNode;

/**
 * A bill of the Congress.gov API ({@code GET /v3/bill/{congress}/{type}/{number}}, the object under
 * {@code bill}). Lists the API only links to ({@code {"count": 3, "url": ...}}) are skipped; when they are
 * inlined, as an array or under their own name ({@code {"actions": [...]}}), they are read. Without actions,
 * the introduction date and latest action stand in for them.
 */
final class Congress {

    private static final Map<String, String[]> TYPES = Map.of("HR", new String[] { "H.R.", "bill" },
            "S", new String[] { "S.", "bill" }, "HRES", new String[] { "H.Res.", "resolution" },
            "SRES", new String[] { "S.Res.", "resolution" }, "HJRES", new String[] { "H.J.Res.", "joint resolution" },
            "SJRES", new String[] { "S.J.Res.", "joint resolution" },
            "HCONRES", new String[] { "H.Con.Res.", "concurrent resolution" },
            "SCONRES", new String[] { "S.Con.Res.", "concurrent resolution" });
    private static final Map<String, String> PARTIES = Map.of("D", "Democratic", "R", "Republican", "I", "Independent",
            "ID", "Independent Democrat", "L", "Libertarian");

    private Congress() {
    }

    static BillContent toBill(JsonNode bill) {
        String congress = text(bill, "congress");
        String type = text(bill, "type");
        String number = text(bill, "number");
        if (congress == null || type == null || number == null) {
            throw new RejectedRecord("congress, type and number are required");
        }
        String[] kind = TYPES.get(type.toUpperCase());
        if (kind == null) {
            throw new RejectedRecord("type " + type + " is not a Congress.gov bill type (HR, S, HRES, SRES, HJRES, "
                    + "SJRES, HCONRES, SCONRES)");
        }
        String title = text(bill, "title");
        String origin = "Senate".equalsIgnoreCase(text(bill, "originChamber")) ? "upper" : "lower";
        List<Sponsorship> sponsors = new ArrayList<>();
        elements(bill.path("sponsors")).forEach(s -> sponsors.add(sponsor(s, true, origin)));
        elements(bill.path("cosponsors"), "cosponsors").forEach(s -> sponsors.add(sponsor(s, false, origin)));
        List<OtherTitle> titles = new ArrayList<>();
        elements(bill.path("titles"), "titles").forEach(t -> {
            String other = text(t, "title");
            if (other != null && !other.equals(title) && titles.stream().noneMatch(o -> o.title().equals(other))) {
                titles.add(new OtherTitle(other, text(t, "titleType")));
            }
        });
        String url = text(bill, "legislationUrl");
        return new BillContent("us", new BillSession(congress, ordinal(congress) + " Congress"),
                kind[0] + " " + number, title, titles, List.of(kind[1]), subjects(bill), List.of(), sponsors,
                actions(bill, origin), textVersions(bill.path("textVersions")), List.of(),
                url == null ? List.of() : List.of(new Source(url)));
    }

    private static Sponsorship sponsor(JsonNode sponsor, boolean primary, String chamber) {
        String name = text(sponsor, "fullName");
        if (name == null && text(sponsor, "lastName") != null) {
            name = Objects.requireNonNullElse(text(sponsor, "firstName"), "") + " " + text(sponsor, "lastName");
        }
        String party = text(sponsor, "party");
        return new Sponsorship(name == null ? null : name.strip(), primary, primary ? "sponsor" : "cosponsor",
                party == null ? null : PARTIES.getOrDefault(party, party), chamber);
    }

    private static List<String> subjects(JsonNode bill) {
        List<String> subjects = new ArrayList<>();
        JsonNode listed = bill.path("subjects");
        elements(listed, "legislativeSubjects").forEach(s -> addIfNew(subjects, text(s, "name")));
        addIfNew(subjects, text(listed.path("policyArea"), "name"));
        addIfNew(subjects, text(bill.path("policyArea"), "name"));
        return subjects;
    }

    /** Congress.gov lists actions newest first; a bill's actions run oldest first. */
    private static List<Action> actions(JsonNode bill, String origin) {
        List<Action> actions = new ArrayList<>();
        for (JsonNode action : elements(bill.path("actions"), "actions")) {
            actions.add(0, action(Json.date(text(action, "actionDate"), "actions.actionDate"), text(action, "text"),
                    text(action, "actionCode"), text(action.path("sourceSystem"), "name"), origin));
        }
        if (actions.isEmpty()) {
            LocalDate introduced = Json.date(text(bill, "introducedDate"), "introducedDate");
            if (introduced != null) {
                actions.add(new Action(introduced, null,
                        "Introduced in " + ("upper".equals(origin) ? "Senate" : "House"), origin,
                        List.of("introduction"), null));
            }
            JsonNode latest = bill.path("latestAction");
            LocalDate latestDate = Json.date(text(latest, "actionDate"), "latestAction.actionDate");
            if (latestDate != null && text(latest, "text") != null
                    && !(latestDate.equals(introduced) && text(latest, "text").startsWith("Introduced"))) {
                actions.add(action(latestDate, text(latest, "text"), null, null, origin));
            }
        }
        actions.sort(Comparator.comparing(Action::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return actions;
    }

    private static Action action(LocalDate date, String text, String code, String system, String origin) {
        List<String> classifications = CongressActions.classify(text, code);
        return new Action(date, null, text, CongressActions.chamber(text, system, classifications, origin),
                classifications, null);
    }

    private static List<Document> textVersions(JsonNode versions) {
        List<Document> documents = new ArrayList<>();
        for (JsonNode version : elements(versions, "textVersions")) {
            List<Link> links = new ArrayList<>();
            elements(version.path("formats")).forEach(f -> links.add(new Link(text(f, "url"), mediaType(text(f, "type")))));
            documents.add(new Document(text(version, "type"), Json.date(text(version, "date"), "textVersions.date"),
                    links));
        }
        return documents;
    }

    private static String mediaType(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "PDF" -> "application/pdf";
            case "Formatted XML" -> "application/xml";
            default -> "text/html";
        };
    }

    private static void addIfNew(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    private static String ordinal(String number) {
        String suffix = number.endsWith("11") || number.endsWith("12") || number.endsWith("13") ? "th"
                : number.endsWith("1") ? "st" : number.endsWith("2") ? "nd" : number.endsWith("3") ? "rd" : "th";
        return number + suffix;
    }
}

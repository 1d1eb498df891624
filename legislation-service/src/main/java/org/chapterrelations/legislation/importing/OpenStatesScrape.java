package org.chapterrelations.legislation.importing;

import static org.chapterrelations.legislation.importing.Json.elements;
import static org.chapterrelations.legislation.importing.Json.map;
import static org.chapterrelations.legislation.importing.Json.text;
import static org.chapterrelations.legislation.importing.Json.texts;

import java.util.List;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.Document;
import org.chapterrelations.legislation.bill.BillParts.Link;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Source;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;
import org.chapterrelations.legislation.bill.BillSession;

import tools.jackson.databind.JsonNode;

/**
 * A bill as Open States' scrapers write it (openstates-core {@code openstates/scrape/schemas/bill.py}):
 * {@code legislative_session}, organisations as pseudo-ids such as {@code ~{"classification": "upper"}},
 * {@code media_type} links; unknown fields ignored. The scraped file does not name its state, so the
 * jurisdiction comes from the import's {@code jurisdiction} parameter unless the record carries one.
 */
final class OpenStatesScrape {

    private OpenStatesScrape() {
    }

    static BillContent toBill(JsonNode bill, String jurisdictionParameter) {
        String jurisdiction = jurisdictionParameter != null ? jurisdictionParameter
                : Json.jurisdiction(text(bill, "jurisdiction") != null ? text(bill, "jurisdiction")
                        : text(bill.path("jurisdiction"), "id"));
        if (jurisdiction == null) {
            throw new RejectedRecord("jurisdiction unknown: scraped bills do not name their state, so pass "
                    + "?jurisdiction=ca (or us)");
        }
        String session = text(bill, "legislative_session");
        if (session == null) {
            throw new RejectedRecord("legislative_session is required");
        }
        return new BillContent(jurisdiction, new BillSession(session, null), text(bill, "identifier"),
                text(bill, "title"),
                map(elements(bill.path("other_titles")), t -> new OtherTitle(text(t, "title"), text(t, "note"))),
                texts(bill.path("classification")), texts(bill.path("subject")),
                map(elements(bill.path("abstracts")), a -> new Abstract(text(a, "abstract"), text(a, "note"))),
                map(elements(bill.path("sponsorships")), OpenStatesScrape::sponsorship),
                actions(bill.path("actions")), documents(bill.path("versions"), "versions"),
                documents(bill.path("documents"), "documents"),
                map(elements(bill.path("sources")), s -> new Source(text(s, "url"))));
    }

    /** A person sponsor's chamber is in its pseudo person id; an organisation sponsor's in organization_id. */
    private static Sponsorship sponsorship(JsonNode sponsor) {
        String chamber = Json.chamber(sponsor.path("organization_id"));
        return new Sponsorship(text(sponsor, "name"), sponsor.path("primary").asBoolean(false),
                text(sponsor, "classification"), null,
                chamber != null ? chamber : Json.personChamber(sponsor.path("person_id")));
    }

    private static List<Action> actions(JsonNode actions) {
        // scraper output names the chamber in organization_id (a pseudo-id); some files use organization
        return map(elements(actions), action -> new Action(Json.date(text(action, "date"), "actions.date"),
                Json.time(text(action, "date")), text(action, "description"),
                Json.chamber(action.hasNonNull("organization_id") ? action.path("organization_id")
                        : action.path("organization")),
                texts(action.path("classification")), null));
    }

    /** Versions and documents share Open States' shape: note, date (may be blank), links of url and media_type. */
    static List<Document> documents(JsonNode documents, String field) {
        return map(elements(documents), document -> new Document(text(document, "note"),
                Json.date(text(document, "date"), field + ".date"),
                map(elements(document.path("links")), link -> new Link(text(link, "url"), text(link, "media_type")))));
    }
}

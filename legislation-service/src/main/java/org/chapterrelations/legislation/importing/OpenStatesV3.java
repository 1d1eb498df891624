package org.chapterrelations.legislation.importing;

import static org.chapterrelations.legislation.importing.Json.elements;
import static org.chapterrelations.legislation.importing.Json.map;
import static org.chapterrelations.legislation.importing.Json.text;
import static org.chapterrelations.legislation.importing.Json.texts;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.Action;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Source;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;
import org.chapterrelations.legislation.bill.BillSession;

import tools.jackson.databind.JsonNode;

/**
 * A bill of the Open States API v3 ({@code GET /bills?include=sponsorships&include=actions&...}, one of a
 * page's {@code results}): jurisdiction as {@code {id: "ocd-jurisdiction/country:us/state:ca/government"}},
 * organisations as objects with a {@code classification}, sponsors' party under {@code person}.
 */
final class OpenStatesV3 {

    private OpenStatesV3() {
    }

    static BillContent toBill(JsonNode bill) {
        JsonNode jurisdictionNode = bill.path("jurisdiction");
        String jurisdiction = Json.jurisdiction(jurisdictionNode.isObject() ? text(jurisdictionNode, "id")
                : text(jurisdictionNode));
        if (jurisdiction == null) {
            throw new RejectedRecord("jurisdiction.id is required");
        }
        String session = text(bill, "session");
        if (session == null) {
            throw new RejectedRecord("session is required");
        }
        return new BillContent(jurisdiction, new BillSession(session, null), text(bill, "identifier"),
                text(bill, "title"),
                map(elements(bill.path("other_titles")), t -> new OtherTitle(text(t, "title"), text(t, "note"))),
                texts(bill.path("classification")), texts(bill.path("subject")),
                map(elements(bill.path("abstracts")), a -> new Abstract(text(a, "abstract"), text(a, "note"))),
                map(elements(bill.path("sponsorships")), OpenStatesV3::sponsorship),
                map(elements(bill.path("actions")), OpenStatesV3::action),
                OpenStatesScrape.documents(bill.path("versions"), "versions"),
                OpenStatesScrape.documents(bill.path("documents"), "documents"),
                map(elements(bill.path("sources")), s -> new Source(text(s, "url"))));
    }

    private static Sponsorship sponsorship(JsonNode sponsor) {
        JsonNode person = sponsor.path("person");
        String chamber = Json.chamberName(text(person.path("current_role"), "org_classification"));
        if (chamber == null) {
            chamber = Json.chamber(sponsor.path("organization"));
        }
        return new Sponsorship(text(sponsor, "name"), sponsor.path("primary").asBoolean(false),
                text(sponsor, "classification"), text(person, "party"), chamber);
    }

    private static Action action(JsonNode action) {
        JsonNode order = action.path("order");
        return new Action(Json.date(text(action, "date"), "actions.date"), Json.time(text(action, "date")),
                text(action, "description"), Json.chamber(action.path("organization")),
                texts(action.path("classification")),
                order.isNumber() ? order.asInt() : null);
    }
}

package org.chapterrelations.directory.exchange.export;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chapterrelations.directory.chapter.Chapter;
import org.chapterrelations.directory.chapter.ChapterCatalog;
import org.chapterrelations.directory.common.MailingAddress;
import org.chapterrelations.directory.office.OfficeRole;
import org.chapterrelations.directory.office.OfficerRoster;
import org.chapterrelations.directory.office.TermView;
import org.chapterrelations.directory.person.Person;
import org.chapterrelations.directory.person.PersonLookup;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.stereotype.Component;

/**
 * People as vCards for address books. Email, phone and address appear only to callers who may see them
 * through the person API, decided by that API's own rule.
 */
@Component
class ContactCards {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final PersonLookup people;
    private final ChapterCatalog chapters;
    private final OfficerRoster officers;
    private final Clock clock;

    ContactCards(PersonLookup people, ChapterCatalog chapters, OfficerRoster officers, Clock clock) {
        this.people = people;
        this.chapters = chapters;
        this.officers = officers;
        this.clock = clock;
    }

    String person(String id, Caller caller) {
        Person person = people.get(id);
        return card(person, person.organization(), List.of(), people.privateVisibleTo(caller).test(id));
    }

    /** One card per current officer, in office order; someone holding two offices gets one card, two ROLEs. */
    String officersOf(String chapterCode, Caller caller) {
        Chapter chapter = chapters.get(chapterCode);
        Map<String, List<String>> roles = officers.currentOf(chapter.code(), caller).stream()
                .collect(Collectors.groupingBy(TermView::personId, LinkedHashMap::new,
                        Collectors.mapping(term -> label(term.role()), Collectors.toList())));
        Map<String, Person> found = people.all(roles.keySet()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Predicate<String> showPrivate = people.privateVisibleTo(caller);
        StringBuilder cards = new StringBuilder();
        roles.forEach((personId, offices) -> {
            Person person = found.get(personId);
            if (person != null) {
                cards.append(card(person, chapter.name(), offices, showPrivate.test(personId)));
            }
        });
        return cards.toString();
    }

    private String card(Person person, String organization, List<String> roles, boolean showPrivate) {
        VCard card = VCard.begin()
                .text("FN", person.displayName())
                .structured("N", person.familyName(), person.givenName(), "", "", "")
                .text("ORG", organization)
                .text("TITLE", person.title());
        roles.forEach(role -> card.text("ROLE", role));
        if (showPrivate) {
            card.text("EMAIL", person.email()).text("TEL;VALUE=text", person.phone());
            MailingAddress address = person.mailingAddress();
            if (address != null) {
                card.structured("ADR", "", "", address.street(), address.city(), address.state(),
                        address.postalCode(), "");
            }
        }
        return card.raw("UID:urn:uuid:" + person.id()).raw("REV:" + TIMESTAMP.format(clock.instant())).end();
    }

    /** {@code president-elect} as an address book shows it: "President-elect"; "Past president". */
    static String label(OfficeRole role) {
        String words = role.wireName().replace('-', ' ').replace("president elect", "president-elect");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.chapterrelations.directory.exchange.export;

import java.time.Clock;
import java.util.ArrayList;
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

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;

/**
 * People as vCards for address books (built with ez-vcard). Email, phone and address appear only to callers who
 * may see them through the person API, decided by that API's own rule.
 */
@Component
class ContactCards {

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
        return VCardText.of(List.of(card(person, person.organization(), List.of(),
                people.privateVisibleTo(caller).test(id))));
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
        List<VCard> cards = new ArrayList<>();
        roles.forEach((personId, offices) -> {
            Person person = found.get(personId);
            if (person != null) {
                cards.add(card(person, chapter.name(), offices, showPrivate.test(personId)));
            }
        });
        return VCardText.of(cards);
    }

    private VCard card(Person person, String organization, List<String> roles, boolean showPrivate) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setFormattedName(person.displayName());
        StructuredName name = new StructuredName();
        name.setFamily(person.familyName());
        name.setGiven(person.givenName());
        card.setStructuredName(name);
        if (hasText(organization)) {
            card.setOrganization(organization);
        }
        if (hasText(person.title())) {
            card.addTitle(person.title());
        }
        roles.forEach(card::addRole);
        if (showPrivate) {
            addPrivateContacts(card, person);
        }
        card.setUid(new Uid("urn:uuid:" + person.id()));
        card.setRevision(new Revision(clock.instant()));
        return card;
    }

    private static void addPrivateContacts(VCard card, Person person) {
        if (hasText(person.email())) {
            card.addEmail(person.email());
        }
        if (hasText(person.phone())) {
            card.addTelephoneNumber(person.phone()); // free text, as people type numbers: TEL's default value type
        }
        MailingAddress mailingAddress = person.mailingAddress();
        if (mailingAddress != null) {
            Address address = new Address();
            address.setStreetAddress(mailingAddress.street());
            address.setLocality(mailingAddress.city());
            address.setRegion(mailingAddress.state());
            address.setPostalCode(mailingAddress.postalCode());
            card.addAddress(address);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** {@code president-elect} as an address book shows it: "President-elect"; "Past president". */
    static String label(OfficeRole role) {
        String words = role.wireName().replace('-', ' ').replace("president elect", "president-elect");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.chapterrelations.directory.person;

import org.chapterrelations.directory.common.MailingAddress;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person as the API shows it. Private contact fields are left out of the JSON for callers who may not
 * see them (anonymous callers, and chapter officers of chapters this person never served).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(String id, String givenName, String familyName, String displayName, String organization,
        String title, String email, String phone, MailingAddress mailingAddress) {

    static PersonView of(Person person, boolean showPrivate) {
        return new PersonView(person.id(), person.givenName(), person.familyName(), person.displayName(),
                person.organization(), person.title(), showPrivate ? person.email() : null,
                showPrivate ? person.phone() : null, showPrivate ? person.mailingAddress() : null);
    }
}

package org.chapterrelations.directory.person;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One word of one person's name, keyed {@code "<word> <person id>"}: a name search is a prefix range of
 * {@code _id}, the one index FerretDB 1.24 looks things up by (and MongoDB's fastest). Carries the person's
 * words and sort fields, so that matching, sorting and counting need no read of the people themselves.
 */
@Document("people_search")
record PersonSearchEntry(@Id String id, String person, List<String> words, String displayName, String givenName,
        String familyName, String organization, Instant createdAt) {

    static String key(String word, String personId) {
        return word + " " + personId;
    }

    static List<PersonSearchEntry> of(Person person) {
        List<String> words = NameTokens.of(person.displayName());
        return words.stream().map(word -> new PersonSearchEntry(key(word, person.id()), person.id(), words,
                person.displayName(), person.givenName(), person.familyName(), person.organization(),
                person.createdAt())).toList();
    }
}

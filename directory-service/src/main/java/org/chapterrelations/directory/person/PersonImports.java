package org.chapterrelations.directory.person;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a bulk import needs from people: the person rules as a list of problems, a look-up by e-mail, and
 * a create under an id the importer chose, so that re-running an import finds the person it made before.
 */
@Component
public class PersonImports {

    static final int EMAILS_PER_QUERY = 500;

    private final PersonRepository people;
    private final MongoTemplate mongo;
    private final Clock clock;

    PersonImports(PersonRepository people, MongoTemplate mongo, Clock clock) {
        this.people = people;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The violations of the person rules, by API field name; empty if the form is valid. */
    public List<FieldProblem> problems(PersonForm form) {
        try {
            PersonRules.check(form);
            return List.of();
        }
        catch (ApiException ex) {
            return ex.errors();
        }
    }

    /**
     * The people with these e-mail addresses, by address lower-cased, compared case-insensitively (the oldest
     * if several share one). One query per {@value #EMAILS_PER_QUERY} addresses: the store reads the people
     * once per query, not once per row of an import.
     */
    public Map<String, Person> findByEmails(Collection<String> emails) {
        List<String> distinct = emails.stream().map(PersonImports::emailKey).distinct().toList();
        Map<String, Person> byEmail = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += EMAILS_PER_QUERY) {
            String alternatives = distinct.subList(from, Math.min(distinct.size(), from + EMAILS_PER_QUERY)).stream()
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            Query query = Query.query(Criteria.where("email").regex("^(?:" + alternatives + ")$", "i"));
            for (Person person : mongo.find(query, Person.class)) {
                byEmail.merge(emailKey(person.email()), person, PersonImports::older);
            }
        }
        return byEmail;
    }

    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static Person older(Person one, Person other) {
        Comparator<Person> byCreation = Comparator.comparing(Person::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byCreation.compare(one, other) <= 0 ? one : other;
    }

    public Optional<Person> find(String id) {
        return people.findById(id);
    }

    /** Creates the person under {@code id} unless it exists; true if it was created. */
    public boolean createIfAbsent(String id, PersonForm form) {
        if (people.existsById(id)) {
            return false;
        }
        people.insert(Person.create(id, form, clock.instant()));
        return true;
    }
}

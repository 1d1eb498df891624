package org.chapterrelations.directory.person;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The person with this e-mail address, compared case-insensitively (the oldest if several). */
    public Optional<Person> findByEmail(String email) {
        Query query = Query.query(Criteria.where("email").regex("^" + Pattern.quote(email.strip()) + "$", "i"));
        return mongo.find(query, Person.class).stream()
                .min(Comparator.comparing(Person::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
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

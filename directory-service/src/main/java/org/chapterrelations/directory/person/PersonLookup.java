package org.chapterrelations.directory.person;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.chapterrelations.platform.web.security.Caller;
import org.springframework.stereotype.Component;

/** Read-only access to people for other features (exports), with the person API's visibility rule. */
@Component
public class PersonLookup {

    private final PersonService people;
    private final PersonRepository repository;

    PersonLookup(PersonService people, PersonRepository repository) {
        this.people = people;
        this.repository = repository;
    }

    /** 404 if there is no such person. */
    public Person get(String id) {
        return people.get(id);
    }

    public List<Person> all(Collection<String> ids) {
        return repository.findAllById(ids);
    }

    /** Whose email, phone and mailing address the caller may see: the rule of {@code GET /api/directory/people}. */
    public Predicate<String> privateVisibleTo(Caller caller) {
        return people.privateVisibleTo(caller);
    }
}

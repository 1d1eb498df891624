package org.chapterrelations.directory.person;

import org.chapterrelations.platform.web.http.IfMatch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Creating, editing and reading people, with who may do and see what. */
@Service
class PersonService {

    private final PersonRepository people;
    private final PersonSearch search;
    private final OfficeTies ties;
    private final Clock clock;

    PersonService(PersonRepository people, PersonSearch search, OfficeTies ties, Clock clock) {
        this.people = people;
        this.search = search;
        this.ties = ties;
        this.clock = clock;
    }

    Person create(PersonForm form, Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only staff may add people to the directory.");
        }
        PersonRules.check(form);
        return people.insert(Person.create(UUID.randomUUID().toString(), form, clock.instant()));
    }

    Person get(String id) {
        return people.findById(id).orElseThrow(() -> ApiException.notFound("Person", id));
    }

    /** Staff edit anyone; a chapter officer edits people currently holding an office at their chapter. */
    Person update(String id, PersonForm form, String ifMatch, Caller caller) {
        Person person = get(id);
        if (!mayEdit(caller, id)) {
            throw ApiException.forbidden("Only staff, or an officer of a chapter where this person holds office, "
                    + "may edit this person.");
        }
        IfMatch.require(ifMatch, person.version(), "person");
        PersonRules.check(form);
        person.apply(form);
        return people.save(person);
    }

    Page<Person> list(String q, Pageable pageable) {
        return search.find(q, pageable);
    }

    /** Whose private contact fields the caller may see: staff all, an officer those who served their chapter. */
    Predicate<String> privateVisibleTo(Caller caller) {
        if (caller.isStaff()) {
            return id -> true;
        }
        if (caller.isAnonymous() || caller.chapter().isEmpty() || !caller.actsFor(caller.chapterId())) {
            return id -> false;
        }
        Set<String> served = ties.everServed(caller.chapterId().toUpperCase());
        return served::contains;
    }

    private boolean mayEdit(Caller caller, String id) {
        if (caller.isStaff()) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return caller.chapter().filter(caller::actsFor)
                .map(chapter -> ties.servingOn(chapter.toUpperCase(), today).contains(id)).orElse(false);
    }
}

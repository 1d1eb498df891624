package org.chapterrelations.directory.person;

import java.net.URI;
import java.util.function.Predicate;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** People: no DELETE, because their terms of office are history (an unmapped method answers 405). */
@Tag(name = "People", description = "The people who hold or held an office.")
@RestController
@RequestMapping("/api/directory/people")
class PersonController {

    private final PersonService people;

    PersonController(PersonService people) {
        this.people = people;
    }

    @Operation(operationId = "createPerson", summary = "Add a person")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PersonView> create(@RequestBody PersonForm form, Authentication authentication) {
        Person person = people.create(form, Caller.of(authentication));
        return ResponseEntity.created(URI.create("/api/directory/people/" + person.id()))
                .eTag(IfMatch.etag(person.version()))
                .body(PersonView.of(person, true));
    }

    @Operation(operationId = "getPerson", summary = "A person by id, with their ETag")
    @GetMapping("/{id}")
    ResponseEntity<PersonView> get(@PathVariable String id, Authentication authentication) {
        return respond(people.get(id), authentication);
    }

    @Operation(operationId = "updatePerson", summary = "Update a person")
    @PutMapping("/{id}")
    ResponseEntity<PersonView> update(@PathVariable String id, @RequestBody PersonForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
        return respond(people.update(id, form, ifMatch, Caller.of(authentication)), authentication);
    }

    @Operation(operationId = "listPeople", summary = "Find people by name, a page at a time")
    @GetMapping
    PagedModel<PersonView> list(@RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = { "familyName", "givenName" }, direction = Sort.Direction.ASC)
            Pageable pageable, Authentication authentication) {
        Predicate<String> showPrivate = people.privateVisibleTo(Caller.of(authentication));
        return new PagedModel<>(people.list(q, pageable)
                .map(person -> PersonView.of(person, showPrivate.test(person.id()))));
    }

    private ResponseEntity<PersonView> respond(Person person, Authentication authentication) {
        boolean showPrivate = people.privateVisibleTo(Caller.of(authentication)).test(person.id());
        return ResponseEntity.ok().eTag(IfMatch.etag(person.version())).body(PersonView.of(person, showPrivate));
    }
}

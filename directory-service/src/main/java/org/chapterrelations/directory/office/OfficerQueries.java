package org.chapterrelations.directory.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chapterrelations.directory.person.Person;
import org.chapterrelations.directory.person.PersonRepository;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who holds (or held) which office where and when: computed from the terms' dates at query time. */
@Component
class OfficerQueries {

    private static final Map<String, Comparator<TermView>> SORTS = Map.of(
            "chapterId", Comparator.comparing(TermView::chapterId),
            "chapterName", Comparator.comparing(view -> view.chapterName() == null ? "" : view.chapterName()),
            "personName", Comparator.comparing(TermView::personName),
            "role", Comparator.comparing(TermView::role),
            "start", Comparator.comparing(TermView::start));

    private final ChapterOfficesRepository offices;
    private final ChapterLookup chapters;
    private final PersonRepository people;
    private final MongoTemplate mongo;
    private final Clock clock;

    OfficerQueries(ChapterOfficesRepository offices, ChapterLookup chapters, PersonRepository people,
            MongoTemplate mongo, Clock clock) {
        this.offices = offices;
        this.chapters = chapters;
        this.people = people;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One chapter's officers on {@code at} (default today), or every term ever with {@code history}. */
    Page<TermView> ofChapter(String chapterCode, LocalDate at, boolean history, String roleName, Caller caller,
            Pageable pageable) {
        String code = chapterCode.strip().toUpperCase(Locale.ROOT);
        if (!chapters.exists(code)) {
            throw ApiException.notFound("Chapter", code);
        }
        OfficeRole role = role(roleName);
        List<Term> terms = offices.findById(code)
                .map(chapter -> history ? chapter.history() : chapter.currentOn(day(at))).orElse(List.of())
                .stream().filter(term -> role == null || term.role() == role).toList();
        Map<String, Person> contacts = caller.actsFor(code) ? contacts(terms) : Map.of();
        List<TermView> views = terms.stream()
                .map(term -> TermView.of(code, null, term, contacts.get(term.personId()))).toList();
        return page(views, pageable, false);
    }

    Term term(String chapterCode, String termId) {
        String code = chapterCode.strip().toUpperCase(Locale.ROOT);
        return offices.findById(code).flatMap(chapter -> chapter.term(termId))
                .orElseThrow(() -> ApiException.notFound("Term", termId));
    }

    TermView view(String chapterCode, Term term, Caller caller) {
        String code = chapterCode.strip().toUpperCase(Locale.ROOT);
        Person contact = caller.actsFor(code) ? people.findById(term.personId()).orElse(null) : null;
        return TermView.of(code, null, term, contact);
    }

    /** Every holder of an office (or of all offices) on {@code at}, across chapters, with chapter names. */
    Page<TermView> acrossChapters(String roleName, LocalDate at, Caller caller, Pageable pageable) {
        OfficeRole role = role(roleName);
        LocalDate day = day(at);
        Query query = role == null ? new Query() : Query.query(Criteria.where("terms.role").is(role.name()));
        List<ChapterOffices> found = mongo.find(query, ChapterOffices.class);
        Map<String, String> names = chapters.names(found.stream().map(ChapterOffices::chapterId).toList());
        List<Held> held = new ArrayList<>();
        for (ChapterOffices chapter : found) {
            chapter.currentOn(day).stream().filter(term -> role == null || term.role() == role)
                    .forEach(term -> held.add(new Held(chapter.chapterId(), term)));
        }
        Map<String, Person> contacts = contacts(held.stream().filter(row -> caller.actsFor(row.chapterId()))
                .map(Held::term).toList());
        List<TermView> views = held.stream().map(row -> TermView.of(row.chapterId(), names.get(row.chapterId()),
                row.term(), caller.actsFor(row.chapterId()) ? contacts.get(row.term().personId()) : null)).toList();
        return page(views, pageable, true);
    }

    /** Every term a person held or holds, in any chapter, newest first. */
    List<TermView> ofPerson(String personId, Caller caller) {
        Person person = people.findById(personId).orElseThrow(() -> ApiException.notFound("Person", personId));
        List<ChapterOffices> found = mongo.find(Query.query(Criteria.where("terms.personId").is(person.id())),
                ChapterOffices.class);
        Map<String, String> names = chapters.names(found.stream().map(ChapterOffices::chapterId).toList());
        return found.stream()
                .flatMap(chapter -> chapter.history().stream().filter(term -> term.personId().equals(person.id()))
                        .map(term -> TermView.of(chapter.chapterId(), names.get(chapter.chapterId()), term,
                                caller.actsFor(chapter.chapterId()) ? person : null)))
                .sorted(Comparator.comparing(TermView::start).reversed()).toList();
    }

    private Map<String, Person> contacts(List<Term> terms) {
        Set<String> ids = terms.stream().map(Term::personId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of()
                : people.findAllById(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private LocalDate day(LocalDate at) {
        return at == null ? LocalDate.now(clock) : at;
    }

    private static OfficeRole role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return OfficeRole.fromWire(name)
                .orElseThrow(() -> ApiException.badField("role", "must be one of " + OfficeRole.accepted()));
    }

    /** Terms of a chapter are few, so they are sorted and paged in memory (after the store's filter). */
    private static Page<TermView> page(List<TermView> views, Pageable pageable, boolean defaultByChapter) {
        Comparator<TermView> order = null;
        for (Sort.Order sort : pageable.getSort()) {
            Comparator<TermView> next = SORTS.get(sort.getProperty());
            if (next == null) {
                throw ApiException.badField("sort", "can sort by " + String.join(", ", SORTS.keySet().stream()
                        .sorted().toList()));
            }
            next = sort.isDescending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        if (order == null && defaultByChapter) {
            order = SORTS.get("chapterId").thenComparing(SORTS.get("role"));
        }
        List<TermView> sorted = order == null ? views : views.stream().sorted(order).toList();
        int from = (int) Math.min(pageable.getOffset(), sorted.size());
        int to = Math.min(from + pageable.getPageSize(), sorted.size());
        return new PageImpl<>(sorted.subList(from, to), pageable, sorted.size());
    }

    private record Held(String chapterId, Term term) {
    }
}

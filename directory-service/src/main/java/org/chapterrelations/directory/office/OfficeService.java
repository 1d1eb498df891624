package org.chapterrelations.directory.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.chapterrelations.directory.person.Person;
import org.chapterrelations.directory.person.PersonRepository;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Appointing, ending and scheduling terms of office. Staff act for every chapter, a chapter officer for
 * their own. Each change, and the events already due, is one write of the chapter's {@link ChapterOffices}.
 */
@Service
class OfficeService {

    private static final int ATTEMPTS = 5;

    private final ChapterOfficesRepository offices;
    private final ChapterLookup chapters;
    private final PersonRepository people;
    private final Outbox outbox;
    private final Clock clock;

    OfficeService(ChapterOfficesRepository offices, ChapterLookup chapters, PersonRepository people, Outbox outbox,
            Clock clock) {
        this.offices = offices;
        this.chapters = chapters;
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
    }

    Term appoint(String chapterCode, AppointmentForm form, Caller caller) {
        String code = authorize(chapterCode, caller);
        OfficeRole role = OfficeRole.fromWire(required("role", form.role())).orElseThrow(
                () -> ApiException.badField("role", "must be one of " + OfficeRole.accepted()));
        LocalDate start = required("start", form.start());
        Person person = people.findById(required("personId", form.personId()))
                .orElseThrow(() -> ApiException.badField("personId", "no person with this id"));
        Term.Holder holder = new Term.Holder(person.id(), person.displayName(), person.email());
        return change(code, chapterOffices -> chapterOffices.appoint(holder, role, start, form.end()));
    }

    Term end(String chapterCode, String termId, TermEndForm form, Caller caller) {
        String code = authorize(chapterCode, caller);
        LocalDate end = required("end", form.end());
        return change(code, chapterOffices -> chapterOffices.end(termId, end));
    }

    List<Term> succeed(String chapterCode, SuccessionForm form, Caller caller) {
        String code = authorize(chapterCode, caller);
        LocalDate effective = required("effectiveDate", form.effectiveDate());
        return change(code, chapterOffices -> chapterOffices.succeed(effective));
    }

    /** Applies a change to fresh state; two concurrent writers meet at @Version and the loser re-checks. */
    <T> T change(String code, Function<ChapterOffices, T> change) {
        for (int attempt = 1; ; attempt++) {
            ChapterOffices chapterOffices = offices.findById(code).orElseGet(() -> ChapterOffices.open(code));
            T result = change.apply(chapterOffices);
            chapterOffices.announceDue(LocalDate.now(clock));
            try {
                outbox.save(chapterOffices);
                return result;
            }
            catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }

    private String authorize(String chapterCode, Caller caller) {
        String code = chapterCode.strip().toUpperCase(Locale.ROOT);
        if (!caller.actsFor(code)) {
            throw ApiException.forbidden("Only staff and chapter " + code + "'s own officers may change its officers.");
        }
        if (!chapters.exists(code)) {
            throw ApiException.notFound("Chapter", code);
        }
        return code;
    }

    private static <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw ApiException.badField(field, "must not be blank");
        }
        return value;
    }
}

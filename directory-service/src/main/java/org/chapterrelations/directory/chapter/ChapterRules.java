package org.chapterrelations.directory.chapter;

import java.net.URI;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Every rule a chapter's fields must follow, checked together so that one 400 names every field at
 * fault: the bean constraints on {@link ChapterForm} plus the rules that span fields or need the store.
 */
@Component
class ChapterRules {

    private final Validator validator;
    private final ChapterRepository chapters;

    ChapterRules(Validator validator, ChapterRepository chapters) {
        this.validator = validator;
        this.chapters = chapters;
    }

    /** Throws a 400 naming each violation; {@code registering} also requires a code. */
    void check(ChapterForm form, boolean registering) {
        List<FieldProblem> named = problems(form, registering, this::isStoredStateChapter);
        if (!named.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", named);
        }
    }

    /**
     * Every violation, one per field, sorted by field; {@code isStateChapter} says whether a student
     * chapter's parent is a state chapter (the store's answer, or a bulk import's file and store).
     */
    List<FieldProblem> problems(ChapterForm form, boolean registering, Predicate<String> isStateChapter) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ChapterForm> violation : validator.validate(form)) {
            problems.add(new FieldProblem(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        if (registering && (form.code() == null || form.code().isBlank())) {
            problems.add(new FieldProblem("code", "must not be blank"));
        }
        crossFieldRules(form, problems, isStateChapter);
        // One message per field: a cross-field rule adds nothing where a format is already wrong.
        List<FieldProblem> named = new ArrayList<>(problems.stream()
                .collect(Collectors.toMap(FieldProblem::field, p -> p, (first, second) -> first,
                        LinkedHashMap::new))
                .values());
        named.sort(Comparator.comparing(FieldProblem::field));
        return named;
    }

    boolean isStoredStateChapter(String code) {
        return chapters.findById(code).map(chapter -> chapter.kind() == ChapterKind.STATE).orElse(false);
    }

    private void crossFieldRules(ChapterForm form, List<FieldProblem> problems, Predicate<String> isStateChapter) {
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        if (form.website() != null && !isWebAddress(form.website().strip())) {
            problems.add(new FieldProblem("website", "must be an http(s) URL"));
        }
        if (form.foundedYear() != null && form.foundedYear() > thisYear) {
            problems.add(new FieldProblem("foundedYear", "must not be later than " + thisYear));
        }
        if (form.memberCount() != null && form.memberCount().year() != null && form.memberCount().year() > thisYear) {
            problems.add(new FieldProblem("memberCount.year", "must not be later than " + thisYear));
        }
        ChapterDetails details = ChapterDetails.of(form, false);
        if (details.kind() == null || details.state() == null) {
            return; // already named; the rules below depend on both
        }
        if (details.kind() == ChapterKind.REGIONAL) {
            if (details.states().size() < 2) {
                problems.add(new FieldProblem("states", "a regional chapter covers at least two states"));
            }
            else if (!details.states().contains(details.state())) {
                problems.add(new FieldProblem("state", "a regional chapter's seat must be one of its states"));
            }
        }
        else if (form.states() != null && !form.states().isEmpty() && !details.states().equals(
                form.states().stream().filter(Objects::nonNull).map(s -> s.strip().toUpperCase()).toList())) {
            problems.add(new FieldProblem("states", "a " + details.kind().wireName()
                    + " chapter covers exactly its own state"));
        }
        if (details.kind() == ChapterKind.STUDENT) {
            studentRules(details, problems, isStateChapter);
        }
        else {
            if (form.school() != null) {
                problems.add(new FieldProblem("school", "only student chapters name a school"));
            }
            if (form.parentChapterId() != null) {
                problems.add(new FieldProblem("parentChapterId", "only student chapters have a parent chapter"));
            }
        }
    }

    private static void studentRules(ChapterDetails details, List<FieldProblem> problems,
            Predicate<String> isStateChapter) {
        if (details.school() == null || details.school().isBlank()) {
            problems.add(new FieldProblem("school", "a student chapter must name its school"));
        }
        if (details.parentChapterId() == null || details.parentChapterId().isBlank()) {
            problems.add(new FieldProblem("parentChapterId", "a student chapter must name its state chapter"));
        }
        else if (!isStateChapter.test(details.parentChapterId())) {
            problems.add(new FieldProblem("parentChapterId", "must be the code of an existing state chapter"));
        }
    }

    private static boolean isWebAddress(String website) {
        try {
            URI uri = new URI(website);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        }
        catch (java.net.URISyntaxException ex) {
            return false;
        }
    }

    /** {@code mailingAddress.postalCode}, {@code states[1]}: the names a client wrote. */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }
}

package org.chapterrelations.directory.office;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a bulk import needs from offices: the rules between terms checked for a whole file before anything
 * is written, and appointing a chapter's rows in one write. A row whose term already exists (same person,
 * office and start) is skipped, so re-running an import appoints nothing twice.
 */
@Component
public class OfficerImports {

    /** One term to appoint; {@code line} is where the file states it. */
    public record PlannedTerm(int line, String personId, String personName, String email, String role,
            LocalDate start, LocalDate end) {
    }

    private final ChapterOfficesRepository offices;
    private final ChapterLookup chapters;
    private final OfficeService service;

    OfficerImports(ChapterOfficesRepository offices, ChapterLookup chapters, OfficeService service) {
        this.offices = offices;
        this.chapters = chapters;
        this.service = service;
    }

    /** Null if {@code role} names an office, else what it should be. */
    public static String roleProblem(String role) {
        return OfficeRole.fromWire(role).isPresent() ? null : "must be one of " + OfficeRole.accepted();
    }

    public boolean chapterExists(String code) {
        return chapters.exists(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The problem each term would meet, by line: the chapter's stored terms and the terms before it in
     * {@code planned} are tried on a copy of the chapter's offices that is never saved.
     */
    public Map<Integer, FieldProblem> conflicts(String chapterCode, List<PlannedTerm> planned) {
        ChapterOffices trial = offices.findById(chapterCode).orElseGet(() -> ChapterOffices.open(chapterCode));
        Map<String, Integer> lineOfTerm = new HashMap<>();
        Map<Integer, FieldProblem> problems = new LinkedHashMap<>();
        for (PlannedTerm term : planned) {
            if (exists(trial, term)) {
                continue;
            }
            try {
                lineOfTerm.put(appoint(trial, term).termId(), term.line());
            }
            catch (ApiException ex) {
                FieldProblem problem = ex.errors().isEmpty() ? new FieldProblem("role", ex.getMessage())
                        : ex.errors().get(0);
                problems.put(term.line(), new FieldProblem(problem.field(), inFileTerms(problem.message(),
                        lineOfTerm)));
            }
        }
        return problems;
    }

    /** Appoints the terms not yet held, in one write of the chapter's offices; returns how many. */
    public int appoint(String chapterCode, List<PlannedTerm> planned) {
        return service.change(chapterCode, chapterOffices -> {
            int appointed = 0;
            for (PlannedTerm term : planned) {
                if (!exists(chapterOffices, term)) {
                    appoint(chapterOffices, term);
                    appointed++;
                }
            }
            return appointed;
        });
    }

    private static Term appoint(ChapterOffices chapterOffices, PlannedTerm term) {
        OfficeRole role = OfficeRole.fromWire(term.role()).orElseThrow();
        return chapterOffices.appoint(new Term.Holder(term.personId(), term.personName(), term.email()), role,
                term.start(), term.end());
    }

    private static boolean exists(ChapterOffices chapterOffices, PlannedTerm term) {
        Optional<OfficeRole> role = OfficeRole.fromWire(term.role());
        return chapterOffices.terms().stream().anyMatch(held -> held.personId().equals(term.personId())
                && role.isPresent() && held.role() == role.get() && held.start().equals(term.start()));
    }

    /** A trial term's id means nothing to the caller: name the file's line instead. */
    private static String inFileTerms(String message, Map<String, Integer> lineOfTerm) {
        String result = message;
        for (Map.Entry<String, Integer> entry : lineOfTerm.entrySet()) {
            result = result.replace("(term " + entry.getKey() + ")", "(line " + entry.getValue() + " of this file)");
        }
        return result;
    }
}

package org.chapterrelations.directory.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chapterrelations.directory.exchange.importing.CsvTable.Row;
import org.chapterrelations.directory.exchange.importing.ImportSummaries.OfficerImportSummary;
import org.chapterrelations.directory.office.OfficerImports;
import org.chapterrelations.directory.office.OfficerImports.PlannedTerm;
import org.chapterrelations.directory.person.Person;
import org.chapterrelations.directory.person.PersonForm;
import org.chapterrelations.directory.person.PersonImports;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Imports an officers CSV all or nothing: every row, and every term against the stored terms and the
 * file's earlier rows, is checked before the first write. A row's person is the one its {@code personId}
 * names (which must exist), else the one with its e-mail (case-insensitive), else a person the import makes. Applying is idempotent: a term already held (same chapter, person, office and
 * start) is left alone, so a run cut short is completed by sending the same file again.
 */
@Service
class OfficerImport {

    private final OfficerImports officers;
    private final PersonImports people;

    OfficerImport(OfficerImports officers, PersonImports people) {
        this.officers = officers;
        this.people = people;
    }

    OfficerImportSummary run(String csv) {
        LineProblems problems = new LineProblems();
        List<Row> rows = CsvTable.read(csv, OfficerRow.COLUMNS, OfficerRow.REQUIRED, problems);
        Map<String, Boolean> chapterExists = new HashMap<>();
        Map<String, List<PlannedTerm>> byChapter = new LinkedHashMap<>();
        Map<String, PersonForm> newPeople = new LinkedHashMap<>();
        List<OfficerRow> read = rows.stream().map(row -> OfficerRow.read(row, problems)).toList();
        Map<String, Person> byEmail = people.findByEmails(read.stream()
                .filter(officer -> officer.personId() == null && officer.person().email() != null)
                .map(officer -> officer.person().email()).toList());
        for (OfficerRow officer : read) {
            if (officer.chapterCode() != null
                    && !chapterExists.computeIfAbsent(officer.chapterCode(), officers::chapterExists)) {
                problems.add(officer.line(), "chapterCode", "no chapter with code " + officer.chapterCode());
            }
            for (FieldProblem problem : people.problems(officer.person())) {
                problems.addOnce(officer.line(), problem.field(), problem.message());
            }
            if (officer.personId() != null && people.find(officer.personId()).isEmpty()) {
                problems.add(officer.line(), "personId", "no person with id " + officer.personId());
            }
            if (!problems.hasLine(officer.line())) {
                byChapter.computeIfAbsent(officer.chapterCode(), code -> new ArrayList<>())
                        .add(plan(officer, newPeople, byEmail));
            }
        }
        byChapter.forEach((code, planned) -> officers.conflicts(code, planned)
                .forEach((line, problem) -> problems.add(line, problem.field(), problem.message())));
        problems.throwIfAny();
        return apply(rows.size(), byChapter, newPeople);
    }

    /** The term the row asks for, held by the person named or of that e-mail if known, else by the person to create. */
    private PlannedTerm plan(OfficerRow officer, Map<String, PersonForm> newPeople, Map<String, Person> byEmail) {
        Person known = officer.personId() != null ? people.find(officer.personId()).orElse(null) : null;
        if (known == null && officer.person().email() != null) {
            known = byEmail.get(PersonImports.emailKey(officer.person().email()));
        }
        if (known == null) {
            known = people.find(officer.importedPersonId()).orElse(null);
        }
        if (known != null) {
            return new PlannedTerm(officer.line(), known.id(), known.displayName(), known.email(), officer.role(),
                    officer.start(), officer.end());
        }
        String id = officer.importedPersonId();
        newPeople.putIfAbsent(id, officer.person());
        return new PlannedTerm(officer.line(), id, officer.displayName(), officer.person().email(), officer.role(),
                officer.start(), officer.end());
    }

    private OfficerImportSummary apply(int rows, Map<String, List<PlannedTerm>> byChapter,
            Map<String, PersonForm> newPeople) {
        int peopleCreated = 0;
        for (Map.Entry<String, PersonForm> person : newPeople.entrySet()) {
            peopleCreated += people.createIfAbsent(person.getKey(), person.getValue()) ? 1 : 0;
        }
        int appointed = 0;
        for (Map.Entry<String, List<PlannedTerm>> chapter : byChapter.entrySet()) {
            appointed += officers.appoint(chapter.getKey(), chapter.getValue());
        }
        return new OfficerImportSummary(rows, peopleCreated, appointed, rows - appointed);
    }
}

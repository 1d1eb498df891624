package org.chapterrelations.directory.person;

import org.chapterrelations.directory.common.MailingAddress;
import org.chapterrelations.directory.common.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** The rules a person's fields follow, checked together so that one 400 names every field at fault. */
final class PersonRules {

    // Pragmatic: one @, no spaces, a dot in the domain; full RFC 5322 would accept addresses no one can mail.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final int MAX_NAME = 100;

    private PersonRules() {
    }

    static void check(PersonForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        name("givenName", form.givenName(), problems);
        name("familyName", form.familyName(), problems);
        if (form.email() != null && !form.email().isBlank() && !EMAIL.matcher(form.email().strip()).matches()) {
            problems.add(new FieldProblem("email", "must be an e-mail address such as name@example.org"));
        }
        MailingAddress address = form.mailingAddress();
        if (address != null) {
            // the limits MailingAddress declares (and the OpenAPI document shows); the import calls these rules too
            longest("mailingAddress.street", address.street(), MailingAddress.MAX_STREET, problems);
            longest("mailingAddress.city", address.city(), MailingAddress.MAX_CITY, problems);
            if (address.state() != null && !UsStates.isCode(address.state())) {
                problems.add(new FieldProblem("mailingAddress.state",
                        "must be a US state or territory postal code, e.g. CA"));
            }
            if (address.postalCode() != null && !ZIP.matcher(address.postalCode().strip()).matches()) {
                problems.add(new FieldProblem("mailingAddress.postalCode",
                        "must be a US ZIP code: 12345 or 12345-6789"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
    }

    private static void longest(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private static void name(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        }
        else if (value.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_NAME + " characters"));
        }
    }
}

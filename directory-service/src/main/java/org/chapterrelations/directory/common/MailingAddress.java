package org.chapterrelations.directory.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A US postal address: public for a chapter, private for a person. Blank parts are stored as absent. */
public record MailingAddress(
        @Size(max = MailingAddress.MAX_STREET) String street,
        @Size(max = MailingAddress.MAX_CITY) String city,
        @UsStateCode String state,
        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a US ZIP code: 12345 or 12345-6789") String postalCode) {

    /** Longest street and city; the person rules check them by hand, a chapter's form by these annotations. */
    public static final int MAX_STREET = 200;
    public static final int MAX_CITY = 100;

    public MailingAddress normalised() {
        return new MailingAddress(strip(street), strip(city), state == null ? null : state.strip().toUpperCase(),
                strip(postalCode));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

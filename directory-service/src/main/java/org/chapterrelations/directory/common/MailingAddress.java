package org.chapterrelations.directory.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A US postal address: public for a chapter, private for a person. Blank parts are stored as absent. */
public record MailingAddress(
        @Size(max = 200) String street,
        @Size(max = 100) String city,
        @UsStateCode String state,
        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a US ZIP code: 12345 or 12345-6789") String postalCode) {

    public MailingAddress normalised() {
        return new MailingAddress(strip(street), strip(city), state == null ? null : state.strip().toUpperCase(),
                strip(postalCode));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.chapterrelations.directory.common;

import java.util.Set;

/** The US postal codes a chapter may name: the 50 states, DC and the inhabited territories. */
public final class UsStates {

    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
            "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
            "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "GU", "VI", "AS", "MP");

    private UsStates() {
    }

    /** Case-insensitive, so that {@code "ca"} is accepted and stored as {@code "CA"}. */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase());
    }
}

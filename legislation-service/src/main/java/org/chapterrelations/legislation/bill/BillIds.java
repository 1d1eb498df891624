package org.chapterrelations.legislation.bill;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bill ids and identifier lookup: {@code HB 1234}, {@code H.B. 1234}, {@code hb1234} and {@code HB 01234}
 * all normalise to {@code HB1234}; the id is {@code <jurisdiction>-<session without punctuation>-<normalised
 * identifier>} in lower case, e.g. {@code ca-20252026-ab1234}.
 */
public final class BillIds {

    private static final Pattern LETTERS_THEN_NUMBER = Pattern.compile("([A-Z]*)0*([0-9]+)([A-Z]*)");

    private BillIds() {
    }

    public static String normaliseIdentifier(String identifier) {
        if (identifier == null) {
            return "";
        }
        String compact = identifier.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Matcher matcher = LETTERS_THEN_NUMBER.matcher(compact);
        return matcher.matches() ? matcher.group(1) + matcher.group(2) + matcher.group(3) : compact;
    }

    public static String sessionKey(String sessionIdentifier) {
        return sessionIdentifier == null ? "" : sessionIdentifier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static String of(String jurisdiction, String sessionIdentifier, String identifier) {
        return (jurisdiction + "-" + sessionKey(sessionIdentifier) + "-" + normaliseIdentifier(identifier))
                .toLowerCase(Locale.ROOT);
    }

    public static String of(BillContent content) {
        return of(content.jurisdiction(), content.session().identifier(), content.identifier());
    }
}

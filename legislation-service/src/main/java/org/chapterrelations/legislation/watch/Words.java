package org.chapterrelations.legislation.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whole-word matching with simple English stemming, so that a keyword {@code library} finds {@code Libraries}
 * and {@code library's} but not {@code librarian}: plural endings are folded (ies to y, es after s, x, z, ch or sh,
 * a final s) on both sides.
 */
final class Words {

    private Words() {
    }

    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null) {
            return stems;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("es") && (word.endsWith("ses") || word.endsWith("xes")
                || word.endsWith("zes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Whether {@code phrase} occurs in {@code text} as consecutive whole words. */
    static boolean containsPhrase(List<String> text, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= text.size(); start++) {
            if (text.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}

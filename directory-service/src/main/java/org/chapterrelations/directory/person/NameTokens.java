package org.chapterrelations.directory.person;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The words of a name as search compares them: lower case, accents and apostrophes dropped ("O'Brien" is
 * {@code obrien}, "José" {@code jose}), split at anything that is not a letter or a digit.
 */
final class NameTokens {

    private NameTokens() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(Predicate.not(String::isEmpty)).distinct()
                .toList();
    }

    /** True if every query word starts one of the name's words. */
    static boolean allPrefix(List<String> queryWords, List<String> nameWords) {
        return queryWords.stream().allMatch(query -> nameWords.stream().anyMatch(word -> word.startsWith(query)));
    }
}

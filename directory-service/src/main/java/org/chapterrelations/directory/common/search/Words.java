package org.chapterrelations.directory.common.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The words of a text as search compares them: lower case, accents and apostrophes dropped ("O'Brien" is
 * {@code obrien}, "José" {@code jose}), split at anything that is not a letter or a digit.
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(Predicate.not(String::isEmpty)).distinct()
                .toList();
    }

    /** True if every query word starts one of the text's words. */
    public static boolean allStart(List<String> queryWords, List<String> textWords) {
        return queryWords.stream().allMatch(query -> textWords.stream().anyMatch(word -> word.startsWith(query)));
    }
}

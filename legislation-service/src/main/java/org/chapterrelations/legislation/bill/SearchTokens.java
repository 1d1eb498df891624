package org.chapterrelations.legislation.bill;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;

/** The words a text search matches: lower-cased letters and digits of identifier, titles, abstracts and subjects. */
public final class SearchTokens {

    private SearchTokens() {
    }

    static List<String> of(BillContent content) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(BillIds.normaliseIdentifier(content.identifier()).toLowerCase(Locale.ROOT));
        addWords(tokens, content.identifier());
        addWords(tokens, content.title());
        content.otherTitles().stream().map(OtherTitle::title).forEach(title -> addWords(tokens, title));
        content.abstracts().stream().map(Abstract::text).forEach(text -> addWords(tokens, text));
        content.subjects().forEach(subject -> addWords(tokens, subject));
        return List.copyOf(tokens);
    }

    /** The words of a query, as {@link #of} splits them. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        addWords(words, text);
        return List.copyOf(words);
    }

    private static void addWords(Set<String> tokens, String text) {
        if (text == null) {
            return;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
    }
}

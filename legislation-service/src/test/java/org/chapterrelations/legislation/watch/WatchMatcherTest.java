package org.chapterrelations.legislation.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillParts.Abstract;
import org.chapterrelations.legislation.bill.BillParts.OtherTitle;
import org.chapterrelations.legislation.bill.BillParts.Sponsorship;
import org.chapterrelations.legislation.bill.BillSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchMatcherTest {

    @ParameterizedTest(name = "keyword {0} in \"{1}\" -> {2}")
    @CsvSource({
            "library,        Public Libraries: broadband,            true",
            "libraries,      An act concerning the public library,   true",
            "Library,        LIBRARY CARD PRIVACY,                   true",
            "library,        Librarian certification,                false",
            "library,        Interlibrary loan,                      false",
            "school library, School libraries: staffing,             true",
            "school library, Library schools,                        false",
            "book,           Books and materials in schools,         true",
            "e-rate,         E-Rate hotspot lending,                 true",
            "tax,            Property taxes for districts,           true" })
    void keywordsMatchWholeWordsCaseInsensitivelyWithPluralsFolded(String keyword, String title, boolean matches) {
        assertThat(WatchMatcher.matches(rule(List.of(), List.of(), List.of(keyword), List.of()), bill("ca", title)))
                .isEqualTo(matches);
    }

    @Test
    void keywordsAlsoMatchOtherTitlesAndAbstracts() {
        BillContent bill = new BillContent("ca", new BillSession("2025-2026", null), "AB 1", "An act",
                List.of(new OtherTitle("Freedom to Read Act", null)),
                List.of(), List.of(), List.of(new Abstract("Protects school libraries from censorship.", null)),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(WatchMatcher.matches(rule(List.of(), List.of(), List.of("freedom to read"), List.of()), bill)).isTrue();
        assertThat(WatchMatcher.matches(rule(List.of(), List.of(), List.of("censorship"), List.of()), bill)).isTrue();
    }

    @Test
    void jurisdictionsRestrictAndSubjectsOrSponsorsAlsoMatch() {
        BillContent bill = new BillContent("tx", new BillSession("89R", null), "HB 900", "Relating to reading",
                List.of(), List.of(), List.of("Education", "Libraries"), List.of(),
                List.of(new Sponsorship("Jared Patterson", true, "primary", null, "lower")), List.of(), List.of(),
                List.of(), List.of());

        assertThat(WatchMatcher.matches(rule(List.of("ca"), List.of("libraries"), List.of(), List.of()), bill)).isFalse();
        assertThat(WatchMatcher.matches(rule(List.of("tx"), List.of("libraries"), List.of(), List.of()), bill)).isTrue();
        assertThat(WatchMatcher.matches(rule(List.of(), List.of(), List.of("library"), List.of("patterson")), bill))
                .isTrue();
        assertThat(WatchMatcher.matches(rule(List.of(), List.of(), List.of(), List.of("Pat")), bill)).isFalse();
    }

    private static WatchRule rule(List<String> jurisdictions, List<String> subjects, List<String> keywords,
            List<String> sponsors) {
        return new WatchRule("r1", "rule", jurisdictions, subjects, keywords, sponsors, null, "staff", null, null, null);
    }

    private static BillContent bill(String jurisdiction, String title) {
        return new BillContent(jurisdiction, new BillSession("2025-2026", null), "AB 1", title, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

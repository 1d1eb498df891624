package org.chapterrelations.platform.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"https://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\t=1+1", "\rcmd", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)",
            " =1+1", "\u00A0\u00A0+1", "\n@SUM(A1)", "+1 (503) 555-0100", "-5" })
    void aCellASpreadsheetWouldRunGetsALeadingApostrophe(String text) {
        assertThat(SpreadsheetFormulas.defuse(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Oregon Library Association", "1+1", "a=b", "O'Brien", "'quoted", "info@olaweb.org",
            "503-555-0100", "", "\nSuite 5" })
    void anyOtherTextIsWrittenAsItIs(String text) {
        assertThat(SpreadsheetFormulas.defuse(text)).isEqualTo(text);
        assertThat(SpreadsheetFormulas.restore(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "'=1+1", "''@x", " -1", "\uFF1Dx", "'plain", "plain" })
    void restoringADefusedCellGivesBackTheTextEvenWhenItStartedWithAnApostrophe(String text) {
        assertThat(SpreadsheetFormulas.restore(SpreadsheetFormulas.defuse(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'=1+1", "''=1+1" })
    void aTextThatAlreadyLooksDefusedGetsOneMoreApostropheSoThatItsOwnSurvives(String text) {
        assertThat(SpreadsheetFormulas.defuse(text)).isEqualTo("'" + text);
    }
}

package org.chapterrelations.platform.web.csv;

/**
 * The platform's one rule against spreadsheet formula injection (OWASP "CSV Injection"): a text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets read as "this is text" and do
 * not show. Such a cell starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, or with
 * one of {@code = + - @} in their full-width forms or after leading white space (spreadsheets that trim or
 * normalise the cell would run those too).
 */
public final class SpreadsheetFormulas {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetFormulas() {
    }

    /** The cell to write for {@code text}: unchanged unless a spreadsheet would run it. */
    public static String defuse(String text) {
        return text != null && needsApostrophe(text) ? "'" + text : text;
    }

    /** The text a {@link #defuse defused} cell stands for: {@code restore(defuse(text))} is always {@code text}. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && needsApostrophe(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * A formula, or a formula already marked by apostrophes: that one gets another, or reading it back would drop
     * the apostrophe it really starts with.
     */
    private static boolean needsApostrophe(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        return runsAsFormula(text.substring(start));
    }

    private static boolean runsAsFormula(String text) {
        if (text.startsWith("\t") || text.startsWith("\r")) {
            return true;
        }
        int first = 0;
        while (first < text.length() && isSpace(text.charAt(first))) {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

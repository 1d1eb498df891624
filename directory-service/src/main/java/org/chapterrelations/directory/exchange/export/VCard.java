package org.chapterrelations.directory.exchange.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes one vCard 4.0 (RFC 6350): values escaped (backslash, comma, semicolon, newline as {@code \n}),
 * lines folded at 75 octets with CRLF and a space, every line ended by CRLF.
 */
final class VCard {

    static final String CONTENT_TYPE = "text/vcard; charset=utf-8";
    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    private VCard() {
    }

    static VCard begin() {
        VCard card = new VCard();
        card.line("BEGIN:VCARD");
        card.line("VERSION:4.0");
        return card;
    }

    /** A text property; left out when the value is null or blank. */
    VCard text(String name, String value) {
        if (value != null && !value.isBlank()) {
            line(name + ":" + escape(value));
        }
        return this;
    }

    /** A property whose value has components separated by {@code ;} (N, ADR), each escaped on its own. */
    VCard structured(String name, String... components) {
        line(name + ":" + Arrays.stream(components).map(VCard::escape).collect(Collectors.joining(";")));
        return this;
    }

    /** A property written as given: for values that are not text (URIs, timestamps). */
    VCard raw(String nameAndValue) {
        line(nameAndValue);
        return this;
    }

    String end() {
        line("END:VCARD");
        return text.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Folds at 75 octets of UTF-8 without splitting a character; continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private void line(String unfolded) {
        text.append(fold(unfolded));
    }
}

package org.chapterrelations.directory.exchange.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;

/**
 * Cards as vCard 4.0 text (RFC 6350), written by ez-vcard: values escaped, every line ended by CRLF. Lines are
 * folded here, at 75 octets of UTF-8 as the RFC asks: ez-vcard counts characters, so a line of accented text
 * would pass 75 octets.
 */
final class VCardText {

    static final String CONTENT_TYPE = "text/vcard; charset=utf-8";
    private static final int MAX_OCTETS = 75;

    private VCardText() {
    }

    static String of(List<VCard> cards) {
        StringWriter text = new StringWriter();
        try (VCardWriter writer = new VCardWriter(text, VCardVersion.V4_0)) {
            writer.setAddProdId(false); // the cards hold the directory's data and nothing about the software
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            for (VCard card : cards) {
                writer.write(card);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        StringBuilder folded = new StringBuilder();
        text.toString().lines().forEach(line -> fold(line, folded)); // values hold no raw line breaks: escaped
        return folded.toString();
    }

    /** Folds without splitting a character; continuation lines start with a space. */
    private static void fold(String line, StringBuilder folded) {
        int octets = 0;
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
            int codePoint = line.codePointAt(i);
            int length = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += length;
        }
        folded.append("\r\n");
    }
}

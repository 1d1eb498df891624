package org.chapterrelations.directory;

import java.util.concurrent.ThreadLocalRandom;

/** Chapter codes no other test uses: the store and the topic are shared by the whole test JVM. */
public final class UniqueCodes {

    private UniqueCodes() {
    }

    /** {@code prefix} followed by seven random upper-case letters: a valid chapter code. */
    public static String withPrefix(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; i < 7; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }
}

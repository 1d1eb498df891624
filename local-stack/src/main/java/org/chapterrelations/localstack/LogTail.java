package org.chapterrelations.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a child's log, quoted when it fails so the user need not go looking. */
final class LogTail {

    private LogTail() {
    }

    static String of(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "    (no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "    " + String.join("\n    ", tail) + "\n    (full log: " + log + ")";
        } catch (IOException e) {
            return "    (could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}

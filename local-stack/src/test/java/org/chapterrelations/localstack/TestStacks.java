package org.chapterrelations.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** How each end-to-end test class gets its own stack: an emptied data folder and its own ports. */
final class TestStacks {

    private TestStacks() {
    }

    /** Options for a stack in {@code target/<name>} (emptied first), on ports shifted by {@code portOffset}. */
    static StackOptions fresh(String name, int portOffset) throws IOException {
        Path dataDir = Path.of("target", name).toAbsolutePath();
        deleteRecursively(dataDir);
        return StackOptions.defaults(LauncherPaths.repoRoot(null))
                .withDataDir(dataDir)
                .withPortOffset(portOffset)
                .withReadyTimeout(Duration.ofSeconds(300));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

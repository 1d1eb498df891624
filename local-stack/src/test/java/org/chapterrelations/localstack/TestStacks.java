package org.chapterrelations.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** How each end-to-end test class gets its own stack: an emptied data folder and its own ports. */
final class TestStacks {

    private TestStacks() {
    }

    /** Options for a stack in {@code target/<name>} (emptied first), on ports shifted by {@code portOffset}. */
    static StackOptions fresh(String name, int portOffset) throws IOException {
        Path dataDir = Path.of("target", name).toAbsolutePath();
        Folders.deleteRecursively(dataDir);
        return StackOptions.defaults(LauncherPaths.repoRoot(null))
                .withDataDir(dataDir)
                .withPortOffset(portOffset)
                .withReadyTimeout(Duration.ofSeconds(300));
    }
}

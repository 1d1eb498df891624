package org.chapterrelations.localstack;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the launcher's own code and its copied dependencies are, whether run from a jar or from target/classes. */
final class LauncherPaths {

    /**
     * The environment of every child JVM: glibc gives each thread that allocates its own malloc arena (up to
     * eight per core), and a service's eighty threads held some tens of MiB of resident memory in them.
     */
    static final Map<String, String> JVM_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private LauncherPaths() {
    }

    /** {@code local-stack/target/local-stack.jar} or {@code local-stack/target/classes}. */
    static Path ownCode() {
        try {
            return Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code local-stack/target/lib}: Kafka and its dependencies. */
    static Path libDir() {
        return ownCode().getParent().resolve("lib");
    }

    /** Class path for the Kafka child JVM. */
    static String childClassPath() {
        Path lib = libDir();
        if (!Files.isDirectory(lib)) {
            throw new StartupFailedException(lib + " is missing: build it with"
                    + " ./mvnw -B -pl local-stack package -DskipTests");
        }
        return ownCode() + File.pathSeparator + lib + File.separator + "*";
    }

    /** The checkout root: the parent of the {@code local-stack} module, unless told otherwise. */
    static Path repoRoot(String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return ownCode().getParent().getParent().getParent().toAbsolutePath().normalize();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package org.chapterrelations.ferretdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pinned FerretDB binary, or builds it once with Go into a per-user cache.
 *
 * <p>Lookup order: {@code FERRETDB_BINARY} (environment or system property), {@code ferretdb} on
 * {@code PATH} if it reports the pinned version, the cache
 * ({@code $XDG_CACHE_HOME/chapter-relations-platform/ferretdb/v1.24.2/ferretdb}, else under {@code ~/.cache}),
 * else a build from the Go module proxy.
 *
 * <p>Why not plain {@code go install ...@v1.24.2}: the module ships without its generated
 * {@code build/version/version.txt}, and a binary built from it panics at start-up ("Invalid
 * build/version/version.txt"). So the module is downloaded with {@code go mod download} (which checks its
 * hash against the module's go.sum entry in the checksum database), copied, given that file, and built with
 * its own go.sum.
 *
 * <p>It is changed in two ways ({@link FerretDbPatch}): its SQLite backend looks documents up by
 * {@code _ferretdb_sjson->'$._id'} while its {@code _id} index is on {@code _ferretdb_sjson->"_id"}, so SQLite
 * never used the index (33 replaces a second at 5,000 documents; 866 with the fix); and both backends push
 * {@code _id} conditions down to that index only as a lone equality (SQLite) or never (PostgreSQL), so
 * {@code _id $in [...]}, an {@code _id} prefix, or {@code _id} beside another condition scanned the whole
 * collection (docs/ferretdb.md). The build says so in {@code --version} ({@code package: chapter-relations-id-pushdown-<hash of the patch>});
 * a stock ferretdb on {@code PATH} is passed over.
 */
public final class FerretDbBinary {

    public static final String VERSION = "v1.24.2";
    /** What {@code --version} reports as the package of our build, and the name of its cache folder. */
    public static final String PACKAGE = "chapter-relations-id-pushdown-" + FerretDbPatch.fingerprint();
    static final String MODULE = "github.com/FerretDB/FerretDB";
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:\\s*(\\S+)");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^package:\\s*(\\S+)");
    private static final Pattern DIR_FIELD = Pattern.compile("\"Dir\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, String> environment;
    private final Consumer<String> progress;

    FerretDbBinary(Map<String, String> environment, Consumer<String> progress) {
        this.environment = environment;
        this.progress = progress;
    }

    /** The binary to run, building it first if needed; {@code progress} hears about a build. */
    public static Path locate(Consumer<String> progress) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        String property = System.getProperty("ferretdb.binary");
        if (property != null && !property.isBlank()) {
            env.put("FERRETDB_BINARY", property);
        }
        return new FerretDbBinary(env, progress).find();
    }

    Path find() {
        String configured = environment.get("FERRETDB_BINARY");
        if (configured != null && !configured.isBlank()) {
            Path binary = Path.of(configured);
            if (!Files.isExecutable(binary)) {
                throw new FerretDbUnavailableException("FERRETDB_BINARY=" + configured + " is not an executable file");
            }
            return binary;
        }
        Optional<Path> onPath = onPath().filter(FerretDbBinary::isOurBuild);
        if (onPath.isPresent()) {
            return onPath.get();
        }
        Path cached = cachedBinary();
        if (Files.isExecutable(cached)) {
            return cached;
        }
        return buildInto(cached);
    }

    Path cachedBinary() {
        return ProjectCache.root(environment).resolve("ferretdb").resolve(VERSION + "-" + PACKAGE).resolve("ferretdb");
    }

    private Optional<Path> onPath() {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "ferretdb"))) {
                return Optional.of(Path.of(dir, "ferretdb"));
            }
        }
        return Optional.empty();
    }

    static boolean isOurBuild(Path binary) {
        Optional<String> report = versionReport(binary);
        return report.map(text -> VERSION.equals(field(VERSION_LINE, text)) && PACKAGE.equals(field(PACKAGE_LINE, text)))
                .orElse(false);
    }

    static Optional<String> reportedVersion(Path binary) {
        return versionReport(binary).map(text -> field(VERSION_LINE, text));
    }

    private static String field(Pattern line, String text) {
        Matcher matcher = line.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Optional<String> versionReport(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** One build at a time per machine: a second test JVM waits on the lock, then finds the binary. */
    private Path buildInto(Path target) {
        String go = goCommand().orElseThrow(() -> new FerretDbUnavailableException(
                "FerretDB " + VERSION + " is needed and Go is not installed to build it. Either install Go 1.24+"
                        + " (https://go.dev/dl/) and run again (the build takes about two minutes, once), or put a"
                        + " ferretdb " + VERSION + " binary on PATH, or set FERRETDB_BINARY to one."));
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel lockFile = FileChannel.open(target.resolveSibling(".build.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.isExecutable(target)) {
                    return target;
                }
                progress.accept("Building FerretDB " + VERSION + " with " + go + " into " + target
                        + " (once; about two minutes)");
                Path source = Path.of(run(go, List.of("mod", "download", "-json", MODULE + "@" + VERSION), null)
                        .transform(FerretDbBinary::moduleDir));
                Path work = Files.createTempDirectory(target.getParent(), "build-");
                try {
                    copyTree(source, work);
                    Files.writeString(work.resolve("build/version/version.txt"), VERSION + "\n");
                    Files.writeString(work.resolve("build/version/package.txt"), PACKAGE + "\n");
                    FerretDbPatch.applyTo(work);
                    Path built = target.resolveSibling("ferretdb.partial");
                    run(go, List.of("build", "-trimpath", "-o", built.toString(), "./cmd/ferretdb"), work);
                    Files.move(built, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    deleteTree(work);
                }
                progress.accept("FerretDB " + VERSION + " built: " + target);
                return target;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not build FerretDB into " + target, e);
        }
    }

    private Optional<String> goCommand() {
        List<Path> candidates = new ArrayList<>();
        String goroot = environment.get("GOROOT");
        if (goroot != null && !goroot.isBlank()) {
            candidates.add(Path.of(goroot, "bin", "go"));
        }
        for (String dir : environment.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "go"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString);
    }

    static String moduleDir(String downloadJson) {
        Matcher matcher = DIR_FIELD.matcher(downloadJson);
        if (!matcher.find()) {
            throw new FerretDbUnavailableException("go mod download gave no module folder:\n" + downloadJson);
        }
        return matcher.group(1).replace("\\\\", "\\").replace("\\\"", "\"");
    }

    private String run(String go, List<String> arguments, Path workDir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(go);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        // Outside any module of ours; the toolchain on the machine, never a downloaded one.
        builder.environment().put("GO111MODULE", "on");
        builder.environment().put("GOFLAGS", "-mod=readonly");
        builder.environment().putIfAbsent("GOTOOLCHAIN", "local");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new FerretDbUnavailableException(String.join(" ", command) + " failed (exit "
                        + process.exitValue() + "):\n" + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FerretDbUnavailableException("interrupted while building FerretDB");
        }
        return output;
    }

    /** The module cache is read-only: copies get their owner's write permission back. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().setWritable(true, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package org.chapterrelations.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chapterrelations.ferretdb.ProjectCache;

/**
 * Class data sharing for the Spring applications: each starts from an archive of the classes it loaded while
 * its context was built once before, and so skips finding, reading and verifying some 20,000 classes (a
 * service alone became ready in 3.6 s instead of 9.7 s). The JVM only archives classes of plain jars on the
 * class path, so each jar is extracted ({@code -Djarmode=tools extract}) first. Archive and extracted jar live
 * in the user's cache, one folder per build of a jar; the JVM itself checks that the class path it was made for
 * is unchanged, and runs without the archive when not.
 */
final class ClassDataSharing {

    /** Two training runs at a time: each uses a core while its context is built. */
    private static final int PARALLEL_TRAINING = 2;
    /** Folders of earlier builds are removed once unused for this long (another checkout may still run them). */
    private static final Duration KEEP_UNUSED = Duration.ofDays(2);
    /** In each folder: the path of the jar it was made from. */
    private static final String BUILT_FROM = "built-from";

    private final Path cacheRoot;

    ClassDataSharing(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** {@code $XDG_CACHE_HOME/chapter-relations-platform/cds}, else under {@code ~/.cache}. */
    static ClassDataSharing inUserCache(Map<String, String> environment) {
        return new ClassDataSharing(ProjectCache.root(environment).resolve("cds"));
    }

    /** What follows the JVM options on the command line: the archive and the extracted jar once trained. */
    List<String> launchArguments(String module, Path fatJar, List<String> jvmOptions) {
        Path folder = folder(module, fatJar, jvmOptions);
        if (!Files.isRegularFile(archive(folder, module))) {
            return List.of("-jar", fatJar.toString());
        }
        touch(folder);
        return List.of("-XX:SharedArchiveFile=" + archive(folder, module), "-jar",
                extractedJar(folder, module).toString());
    }

    boolean isTrained(String module, Path fatJar, List<String> jvmOptions) {
        return Files.isRegularFile(archive(folder(module, fatJar, jvmOptions), module));
    }

    /**
     * Builds each application's context once ({@code spring.context.exit=onRefresh}: it stops before its web
     * server and listeners start) with the JVM recording the classes it loads. The applications' stores and
     * Kafka must be running, as at a real start. A failed training is reported and leaves that application
     * without an archive: it then starts as before.
     *
     * @return the modules whose training failed
     */
    List<String> train(List<Training> trainings, Path logDir, Duration timeout) {
        if (trainings.isEmpty()) {
            return List.of();
        }
        long begin = System.nanoTime();
        System.out.println("  class data sharing: archiving the classes of " + trainings.stream()
                .map(Training::module).toList() + " (once per build)");
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_TRAINING);
        List<String> failed = new ArrayList<>();
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (Training training : trainings) {
                runs.add(pool.submit(() -> trainOne(training, logDir, timeout)));
            }
            for (int i = 0; i < runs.size(); i++) {
                if (!runs.get(i).get()) {
                    failed.add(trainings.get(i).module());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailedException("start-up interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StartupFailedException("class data sharing: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("  class data sharing: archives written after %.1f s%n",
                (System.nanoTime() - begin) / 1e9);
        return failed;
    }

    /**
     * One application's training run.
     *
     * @param module     module name
     * @param fatJar     the jar the build made
     * @param jvmOptions the options the application runs with: the archive is made with the same
     * @param env        the environment of a real start
     */
    record Training(String module, Path fatJar, List<String> jvmOptions, Map<String, String> env) {
    }

    private boolean trainOne(Training training, Path logDir, Duration timeout) {
        String module = training.module();
        Path folder = folder(module, training.fatJar(), training.jvmOptions());
        Path log = logDir.resolve(module + "-cds-training.log");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(BUILT_FROM), training.fatJar().toAbsolutePath().toString());
            pruneEarlierBuilds(module, folder, training.fatJar());
            extract(training.fatJar(), folder, module, log);
            Path unfinished = folder.resolve(module + ".jsa." + ProcessHandle.current().pid());
            List<String> command = new ArrayList<>();
            command.add(LauncherPaths.javaBinary());
            command.addAll(training.jvmOptions());
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + unfinished, "-Dspring.context.exit=onRefresh",
                    "-jar", extractedJar(folder, module).toString()));
            Map<String, String> env = new LinkedHashMap<>(training.env());
            // Nothing listens during the training run, but a port of 0 rules out a clash with a running copy.
            env.put("PORT", "0");
            int exit = run(command, env, log, timeout);
            if (exit != 0 || !Files.isRegularFile(unfinished)) {
                Files.deleteIfExists(unfinished);
                System.out.println("  class data sharing: training " + module + " failed (exit " + exit
                        + ", see " + log + "); it starts without an archive");
                return false;
            }
            moveIntoPlace(unfinished, archive(folder, module));
            return true;
        } catch (IOException | UncheckedIOException e) {
            // A full disk or a broken jar costs the archive, not the start.
            System.out.println("  class data sharing: no archive for " + module + " (" + e.getMessage()
                    + "); it starts without one");
            return false;
        }
    }

    /** Extracts once per folder: into a temporary folder, then renamed, so a reader never sees half of it. */
    private static void extract(Path fatJar, Path folder, String module, Path log) throws IOException {
        Path target = folder.resolve("app");
        if (Files.isRegularFile(extractedJar(folder, module))) {
            return;
        }
        Path unfinished = folder.resolve("app." + ProcessHandle.current().pid());
        Folders.deleteRecursively(unfinished);
        int exit = run(List.of(LauncherPaths.javaBinary(), "-Djarmode=tools", "-jar", fatJar.toString(),
                "extract", "--destination", unfinished.toString()), Map.of(), log, Duration.ofMinutes(2));
        if (exit != 0) {
            throw new IOException("extracting " + fatJar + " failed (exit " + exit + "): see " + log);
        }
        try {
            Files.move(unfinished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            Folders.deleteRecursively(unfinished); // another launcher extracted the same jar first
        }
    }

    private static int run(List<String> command, Map<String, String> env, Path log, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(LauncherPaths.JVM_ENVIRONMENT);
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new StartupFailedException("start-up interrupted", e);
        }
    }

    private static void moveIntoPlace(Path unfinished, Path archive) throws IOException {
        try {
            Files.move(unfinished, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(unfinished, archive, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * One folder per jar build, JDK and JVM options: a rebuilt jar or another JDK gets a new archive instead of
     * one the JVM would refuse.
     */
    Path folder(String module, Path fatJar, List<String> jvmOptions) {
        try {
            String identity = String.join("\n", fatJar.toAbsolutePath().toString(),
                    String.valueOf(Files.size(fatJar)), String.valueOf(Files.getLastModifiedTime(fatJar).toMillis()),
                    System.getProperty("java.home"), System.getProperty("java.vm.version"),
                    String.join(" ", jvmOptions));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(UTF_8));
            return cacheRoot.resolve(module + "-" + HexFormat.of().formatHex(digest, 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path archive(Path folder, String module) {
        return folder.resolve(module + ".jsa");
    }

    private static Path extractedJar(Path folder, String module) {
        return folder.resolve("app").resolve(module + ".jar");
    }

    /** Marks a folder as used, so pruning spares it. */
    private static void touch(Path folder) {
        try {
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only pruning reads it: at worst the folder is trained again after two days.
        }
    }

    /**
     * Each archive with its extracted jar takes some 150 MB: a folder made from the same jar path (an earlier
     * build of this checkout) goes at once, any other once unused for two days (another checkout may run it).
     */
    private void pruneEarlierBuilds(String module, Path current, Path fatJar) throws IOException {
        Instant unusedSince = Instant.now().minus(KEEP_UNUSED);
        String jarPath = fatJar.toAbsolutePath().toString();
        List<Path> earlier;
        try (Stream<Path> folders = Files.list(cacheRoot)) {
            earlier = folders.filter(path -> !path.equals(current))
                    .filter(path -> path.getFileName().toString().matches(java.util.regex.Pattern.quote(module)
                            + "-[0-9a-f]{12}"))
                    .filter(path -> jarPath.equals(builtFrom(path)) || lastModified(path).isBefore(unusedSince))
                    .toList();
        }
        for (Path folder : earlier) {
            Folders.deleteRecursively(folder);
        }
    }

    /** The jar a folder was made for: its build was replaced when that jar changed, so it is of no more use. */
    private static String builtFrom(Path folder) {
        try {
            return Files.readString(folder.resolve(BUILT_FROM)).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}

package org.chapterrelations.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL server under {@code <data>/postgresql}, for FerretDB's PostgreSQL backend
 * ({@code --store=postgresql}): a cluster made once with {@code initdb}, reached on loopback only, trusted
 * logins for the one role {@code ferretdb}. PostgreSQL refuses to run as root: as root, the cluster belongs
 * to the {@code postgres} system user and both commands run as that user.
 */
final class PostgresServer {

    static final String ROLE = "ferretdb";

    private final StackOptions options;
    private final Path dataDir;

    PostgresServer(StackOptions options) {
        this.options = options;
        this.dataDir = options.dataDir().resolve("postgresql");
    }

    /** FerretDB's connection URL for this server (the cluster's default database). */
    String url() {
        return "postgres://" + ROLE + "@127.0.0.1:" + options.ports().postgres() + "/postgres";
    }

    /** Creates the cluster on first use, and describes the server process. */
    ChildSpec prepare() {
        Path bin = binaries().orElseThrow(() -> new StartupFailedException("--store=postgresql needs PostgreSQL's"
                + " server programs (initdb, postgres): install Debian's package with"
                + " `sudo apt-get install postgresql`, or put their folder on PATH"));
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initialise(bin);
        }
        int port = options.ports().postgres();
        List<String> command = asServerUser(List.of(bin.resolve("postgres").toString(), "-D", dataDir.toString(),
                "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dataDir));
        return new ChildSpec("postgresql", "postgresql://127.0.0.1:" + port, command, Map.of(),
                ReadinessChecks.tcp(port), List.of(port));
    }

    private void initialise(Path bin) {
        try {
            Files.createDirectories(dataDir);
            if (runningAsRoot()) {
                run(List.of("chown", "postgres:postgres", dataDir.toString()));
            }
            run(asServerUser(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", ROLE,
                    "--auth=trust", "--encoding=UTF8", "--locale=C")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> binaries() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "postgres"))) {
                return Optional.of(Path.of(dir));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new StartupFailedException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailedException("interrupted while running " + command.get(0));
        }
    }
}

package org.chapterrelations.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run the stack. Flags win over environment variables, which win over defaults.
 *
 * @param repoRoot    the checkout whose {@code <module>/target/<module>.jar} files are run
 * @param dataDir     where MongoDB, Kafka, the signing key and the logs live
 * @param ports       every port, shifted by {@code --port-offset}
 * @param services    Spring applications to run (default: all of them)
 * @param parallel    start the four domain services at once rather than one by one
 * @param readyTimeout how long each process may take to become ready
 * @param environment extra environment variables for every Spring application, over the launcher's own
 *                    and the stack's (e.g. {@code ZIPKIN_ENABLED}, {@code LOG_FORMAT})
 * @param store       FerretDB's backend: its embedded SQLite files, or a PostgreSQL server the stack runs
 * @param classDataSharing start the Spring applications from class data sharing archives, made on first use
 */
public record StackOptions(Path repoRoot, Path dataDir, StackPorts ports, List<String> services,
                           boolean parallel, Duration readyTimeout, Map<String, String> environment,
                           StoreBackend store, boolean classDataSharing) {

    /** Where FerretDB keeps the documents. */
    public enum StoreBackend {
        SQLITE, POSTGRESQL;

        static StoreBackend parse(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "sqlite" -> SQLITE;
                case "postgresql", "postgres" -> POSTGRESQL;
                default -> throw new IllegalArgumentException("unknown store " + value + "; known: sqlite, postgresql");
            };
        }
    }

    public StackOptions {
        environment = Map.copyOf(environment);
    }

    public static StackOptions defaults(Path repoRoot) {
        return new StackOptions(repoRoot, repoRoot.resolve("data"), new StackPorts(0),
                ServiceCatalog.ALL_MODULES, true, Duration.ofSeconds(180), Map.of(), StoreBackend.SQLITE, true);
    }

    public StackOptions withDataDir(Path dir) {
        return new StackOptions(repoRoot, dir, ports, services, parallel, readyTimeout, environment, store,
                classDataSharing);
    }

    public StackOptions withPortOffset(int offset) {
        return new StackOptions(repoRoot, dataDir, new StackPorts(offset), services, parallel, readyTimeout,
                environment, store, classDataSharing);
    }

    public StackOptions withServices(List<String> modules) {
        return new StackOptions(repoRoot, dataDir, ports, List.copyOf(modules), parallel, readyTimeout,
                environment, store, classDataSharing);
    }

    public StackOptions withParallel(boolean value) {
        return new StackOptions(repoRoot, dataDir, ports, services, value, readyTimeout, environment, store,
                classDataSharing);
    }

    public StackOptions withReadyTimeout(Duration timeout) {
        return new StackOptions(repoRoot, dataDir, ports, services, parallel, timeout, environment, store,
                classDataSharing);
    }

    public StackOptions withStore(StoreBackend backend) {
        return new StackOptions(repoRoot, dataDir, ports, services, parallel, readyTimeout, environment,
                backend, classDataSharing);
    }

    public StackOptions withClassDataSharing(boolean value) {
        return new StackOptions(repoRoot, dataDir, ports, services, parallel, readyTimeout, environment,
                store, value);
    }

    /** Adds environment variables for the Spring applications (a test cannot change its own environment). */
    public StackOptions withEnvironment(Map<String, String> variables) {
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(variables);
        return new StackOptions(repoRoot, dataDir, ports, services, parallel, readyTimeout, merged, store,
                classDataSharing);
    }

    /** Reads {@code --flag=value} arguments; anything left over is returned to the caller in {@code rest}. */
    public static StackOptions parse(List<String> args, Map<String, String> env, List<String> rest) {
        StackOptions options = defaults(LauncherPaths.repoRoot(env.get("LOCAL_STACK_REPO_ROOT")));
        if (env.containsKey("LOCAL_STACK_DATA_DIR")) {
            options = options.withDataDir(Path.of(env.get("LOCAL_STACK_DATA_DIR")));
        }
        if (env.containsKey("LOCAL_STACK_PORT_OFFSET")) {
            options = options.withPortOffset(Integer.parseInt(env.get("LOCAL_STACK_PORT_OFFSET")));
        }
        if (env.containsKey("LOCAL_STACK_STORE")) {
            options = options.withStore(StoreBackend.parse(env.get("LOCAL_STACK_STORE")));
        }
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--repo-root=")) {
                Path root = Path.of(value).toAbsolutePath().normalize();
                boolean defaultData = options.dataDir().equals(options.repoRoot().resolve("data"));
                options = new StackOptions(root, defaultData ? root.resolve("data") : options.dataDir(),
                        options.ports(), options.services(), options.parallel(), options.readyTimeout(),
                        options.environment(), options.store(), options.classDataSharing());
            } else if (arg.startsWith("--data-dir=")) {
                options = options.withDataDir(Path.of(value));
            } else if (arg.startsWith("--port-offset=")) {
                options = options.withPortOffset(Integer.parseInt(value));
            } else if (arg.startsWith("--services=")) {
                options = options.withServices(List.of(value.split(",")));
            } else if (arg.startsWith("--store=")) {
                options = options.withStore(StoreBackend.parse(value));
            } else if (arg.equals("--no-cds")) {
                options = options.withClassDataSharing(false);
            } else if (arg.equals("--sequential")) {
                options = options.withParallel(false);
            } else if (arg.startsWith("--timeout=")) {
                options = options.withReadyTimeout(Duration.ofSeconds(Long.parseLong(value)));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                rest.add(arg);
            }
        }
        return options.withDataDir(options.dataDir().toAbsolutePath().normalize());
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path moduleJar(String module) {
        return repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public boolean jarExists(String module) {
        return Files.isRegularFile(moduleJar(module));
    }
}

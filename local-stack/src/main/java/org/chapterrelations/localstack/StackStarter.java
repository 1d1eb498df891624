package org.chapterrelations.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chapterrelations.ferretdb.FerretDbBackend;
import org.chapterrelations.ferretdb.FerretDbBinary;
import org.chapterrelations.ferretdb.FerretDbCommand;
import org.chapterrelations.ferretdb.FerretDbUnavailableException;

/** Starts the stack in waves, each waiting for the previous one to be ready. */
final class StackStarter {

    private final StackOptions options;
    private final ClassDataSharing classDataSharing;
    private final ServiceCatalog catalog;

    StackStarter(StackOptions options) {
        this.options = options;
        this.classDataSharing = ClassDataSharing.inUserCache(System.getenv());
        this.catalog = new ServiceCatalog(options, classDataSharing);
    }

    RunningStack start() {
        ServiceCatalog.requireKnown(options.services());
        requireJars();
        createDirectories();
        List<List<ChildSpec>> waves = plan();
        requireFreePorts(waves);
        long begin = System.nanoTime();
        RunningStack stack = new RunningStack(options);
        try {
            for (List<ChildSpec> wave : waves) {
                startWave(stack, wave.stream().map(this::withCurrentArchive).toList());
                if (wave.stream().anyMatch(spec -> spec.name().equals(KafkaBroker.NAME))) {
                    // Training runs build each context for real: they need the store and Kafka, now ready.
                    catalog.trainClassDataSharing(options.services());
                }
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        stack.startedIn(Duration.ofNanos(System.nanoTime() - begin));
        return stack;
    }

    /**
     * Makes the class data sharing archives the current build lacks, beside a scratch FerretDB and Kafka (the
     * training runs build each context for real), so that the next start starts from them. Run after a build.
     */
    void prepareClassDataSharing() {
        List<String> untrained = catalog.untrained(options.services());
        if (untrained.isEmpty()) {
            return;
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("local-stack-cds-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackOptions infrastructure = options.withDataDir(scratch).withPortOffset(freeScratchOffset())
                .withServices(List.of());
        System.out.println("Making class data sharing archives for " + untrained + " (once per build)");
        List<String> failed = List.of();
        try (RunningStack running = new StackStarter(infrastructure).start()) {
            failed = new ServiceCatalog(infrastructure.withServices(untrained), classDataSharing)
                    .trainClassDataSharing(untrained);
        } finally {
            if (failed.isEmpty()) {
                deleteScratch(scratch);
            } else {
                System.out.println("  the training runs' logs are kept in " + infrastructure.logDir());
            }
        }
    }

    /** Ports away from the default stack and the tests' offsets (multiples of 1000, 400 and 800). */
    private static int freeScratchOffset() {
        for (int offset = 700; offset < 5000; offset += 1000) {
            StackPorts ports = new StackPorts(offset);
            if (Stream.of(ports.mongo(), ports.kafka(), ports.kafkaController(), ports.auth())
                    .noneMatch(ReadinessChecks::acceptsConnections)) {
                return offset;
            }
        }
        throw new StartupFailedException("no free ports for the class data sharing training (offsets 700 to 4700)");
    }

    private static void deleteScratch(Path dir) {
        try {
            Folders.deleteRecursively(dir);
        } catch (IOException e) {
            System.out.println("  could not remove " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The infrastructure and the auth server share the first wave: none needs another (PostgreSQL, when it is
     * FerretDB's backend, comes in a wave of its own before). The domain
     * services need all three; the gateway comes last so it never routes to a service still starting.
     */
    private List<List<ChildSpec>> plan() {
        List<ChildSpec> first = new ArrayList<>();
        first.add(store());
        first.add(new KafkaBroker(options).prepare());
        if (options.services().contains(ServiceCatalog.AUTH)) {
            first.add(catalog.spec(ServiceCatalog.AUTH));
        }
        List<List<ChildSpec>> waves = new ArrayList<>();
        if (options.store() == StackOptions.StoreBackend.POSTGRESQL) {
            waves.add(List.of(new PostgresServer(options).prepare()));
        }
        waves.add(first);
        List<ChildSpec> domain = ServiceCatalog.DOMAIN_SERVICES.keySet().stream()
                .filter(options.services()::contains).map(catalog::spec).toList();
        if (options.parallel()) {
            waves.add(domain);
        } else {
            domain.forEach(spec -> waves.add(List.of(spec)));
        }
        if (options.services().contains(ServiceCatalog.GATEWAY)) {
            waves.add(List.of(catalog.spec(ServiceCatalog.GATEWAY)));
        }
        waves.removeIf(List::isEmpty);
        return waves;
    }

    /**
     * FerretDB on its SQLite backend (one file per service database under {@code <data>/ferretdb}) or on the
     * stack's PostgreSQL server (started in a wave before).
     */
    private ChildSpec store() {
        int port = options.ports().mongo();
        Path binary;
        try {
            binary = FerretDbBinary.locate(System.out::println);
        } catch (FerretDbUnavailableException e) {
            throw new StartupFailedException(e.getMessage());
        }
        Path folder = options.dataDir().resolve("ferretdb");
        FerretDbBackend backend = options.store() == StackOptions.StoreBackend.POSTGRESQL
                ? new FerretDbBackend.PostgreSql(new PostgresServer(options).url())
                : new FerretDbBackend.Sqlite(folder);
        List<String> command = FerretDbCommand.of(binary, backend, port, folder);
        return new ChildSpec("ferretdb", "mongodb://localhost:" + port, command, Map.of(),
                ReadinessChecks.tcp(port), List.of(port));
    }

    /** A Spring application's command as of now: trained since the plan was made, it starts from its archive. */
    private ChildSpec withCurrentArchive(ChildSpec planned) {
        return ServiceCatalog.ALL_MODULES.contains(planned.name()) ? catalog.spec(planned.name()) : planned;
    }

    private void startWave(RunningStack stack, List<ChildSpec> wave) {
        if (stack.isClosed()) {
            throw new StartupFailedException("start-up interrupted");
        }
        List<ChildProcess> started = new ArrayList<>();
        try {
            for (ChildSpec spec : wave) {
                started.add(ChildProcess.start(spec, options.logDir()));
            }
        } finally {
            stack.add(started);
        }
        ReadinessWaiter.awaitReady(started, options.readyTimeout());
    }

    private void requireJars() {
        List<String> missing = options.services().stream().filter(module -> !options.jarExists(module)).toList();
        if (!missing.isEmpty()) {
            throw new StartupFailedException(missing.stream()
                    .map(module -> "  " + options.moduleJar(module) + " is missing: build it with"
                            + " ./mvnw -B -pl " + module + " -am install -DskipTests")
                    .collect(Collectors.joining("\n", "Service jars missing (./run-local.sh builds them all):\n", "")));
        }
    }

    private static void requireFreePorts(List<List<ChildSpec>> waves) {
        for (List<ChildSpec> wave : waves) {
            for (ChildSpec spec : wave) {
                for (int port : spec.ports()) {
                    if (ReadinessChecks.acceptsConnections(port)) {
                        throw new StartupFailedException("port " + port + " (" + spec.name() + ") is already in use:"
                                + " is another stack running? Stop it, or use --port-offset=N");
                    }
                }
            }
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(options.logDir());
            Files.createDirectories(options.dataDir().resolve("ferretdb"));
            Files.createDirectories(options.dataDir().resolve("auth-server"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.chapterrelations.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/** A single KRaft node (broker and controller in one JVM) run from Kafka's own jars. */
final class KafkaBroker {

    /** Its name in the stack's table and log folder. */
    static final String NAME = "kafka";

    private final StackOptions options;
    private final Path logDirs;
    private final Path configDir;

    KafkaBroker(StackOptions options) {
        this.options = options;
        this.logDirs = options.dataDir().resolve("kafka");
        this.configDir = options.dataDir().resolve("config");
    }

    /** Writes the configuration, formats the storage on first use, and describes the broker process. */
    ChildSpec prepare() {
        Path serverProperties = writeServerProperties();
        Path log4j = writeLog4jConfig();
        formatStorageOnce(serverProperties);
        StackPorts ports = options.ports();
        // Kafka keeps messages in the page cache, not on its heap: 256 MiB holds a local broker's indexes and
        // buffers; the serial collector spares G1's own memory.
        List<String> command = List.of(LauncherPaths.javaBinary(), "-Xmx256m", "-Xms64m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", LauncherPaths.childClassPath(), "kafka.Kafka", serverProperties.toString());
        return new ChildSpec(NAME, ports.kafkaBootstrap(), command, LauncherPaths.JVM_ENVIRONMENT,
                ReadinessChecks.kafka(ports.kafka()), List.of(ports.kafka(), ports.kafkaController()));
    }

    private Path writeServerProperties() {
        StackPorts ports = options.ports();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + ports.kafkaController(),
                "listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirs.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                // The log cleaner's key map for compacted topics lives on the heap: 128 MiB by default, which
                // was half the broker's resident memory. 16 MiB maps some 600,000 keys, more than a local
                // stack's consumer offsets and compacted topics hold.
                "log.cleaner.dedupe.buffer.size=16777216",
                "");
        return write(configDir.resolve("kafka-server.properties"), properties);
    }

    /** Kafka is chatty at INFO: keep warnings, plus the line saying the server started. */
    private Path writeLog4jConfig() {
        String config = String.join("\n",
                "status = warn",
                "shutdownHook = disable",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.raftServer.name = kafka.server.KafkaRaftServer",
                "logger.raftServer.level = INFO",
                "");
        return write(configDir.resolve("kafka-log4j2.properties"), config);
    }

    /** Formatting twice would fail: only a fresh data directory is formatted, with a new cluster id. */
    private void formatStorageOnce(Path serverProperties) {
        if (Files.exists(logDirs.resolve("meta.properties"))) {
            return;
        }
        Path log = options.logDir().resolve("kafka-format.log");
        List<String> command = List.of(LauncherPaths.javaBinary(), "-Xmx256m",
                "-Dlog4j2.configurationFile=" + configDir.resolve("kafka-log4j2.properties"),
                "-cp", LauncherPaths.childClassPath(), "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new StartupFailedException("formatting Kafka storage failed:\n" + LogTail.of(log, 20));
            }
        } catch (IOException e) {
            throw new StartupFailedException("could not run Kafka's StorageTool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailedException("interrupted while formatting Kafka storage", e);
        }
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

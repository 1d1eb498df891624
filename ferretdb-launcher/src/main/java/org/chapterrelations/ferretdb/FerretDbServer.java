package org.chapterrelations.ferretdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One FerretDB process on a loopback port, for tests and tools: started, stopped, killed and started
 * again on the same port and data.
 */
public final class FerretDbServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final Path binary;
    private final FerretDbBackend backend;
    private final Path stateDir;
    private final Path log;
    private final int port;
    private Process process;

    private FerretDbServer(Path binary, FerretDbBackend backend, Path stateDir, int port) {
        this.binary = binary;
        this.backend = backend;
        this.stateDir = stateDir;
        this.log = stateDir.resolve("ferretdb.log");
        this.port = port;
    }

    /** Starts FerretDB on its SQLite backend with data in {@code directory}, on a free port. */
    public static FerretDbServer startSqlite(Path binary, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FerretDbServer server = new FerretDbServer(binary, new FerretDbBackend.Sqlite(directory), directory, freePort());
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    /** A connection string naming {@code database}. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = FerretDbCommand.of(binary, backend, port, stateDir);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new FerretDbUnavailableException("could not run " + binary + ": " + e.getMessage());
        }
        awaitListening();
    }

    /** SIGKILL, as a crash or the OOM killer would: nothing is flushed on the way out. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new FerretDbUnavailableException("FerretDB exited with code " + process.exitValue()
                        + " at start-up; its log " + log + ":\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FerretDbUnavailableException("interrupted while FerretDB started");
                }
            }
        }
        process.destroyForcibly();
        throw new FerretDbUnavailableException("FerretDB did not listen on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s; its log " + log + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.chapterrelations.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A started child JVM whose output goes to {@code <data>/logs/<name>.log}. */
final class ChildProcess {

    private final ChildSpec spec;
    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();
    private volatile Duration readyAfter;

    private ChildProcess(ChildSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(ChildSpec spec, Path logDir) {
        return start(spec, logDir, false);
    }

    /** Starts the process again after a stop or crash, keeping the earlier log above the new one. */
    static ChildProcess restart(ChildSpec spec, Path logDir) {
        return start(spec, logDir, true);
    }

    private static ChildProcess start(ChildSpec spec, Path logDir, boolean appendToLog) {
        Path log = spec.logFile(logDir);
        ProcessBuilder builder = new ProcessBuilder(inOwnSession(spec.command()))
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(spec.env());
        try {
            return new ChildProcess(spec, builder.start(), log);
        } catch (IOException e) {
            throw new StartupFailedException("could not start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-C signals the terminal's whole process group. A child in its own session hears only the
     * launcher, which stops the children in reverse start order. Without setsid (macOS) all stop at once.
     */
    private static List<String> inOwnSession(List<String> command) {
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                List<String> wrapped = new ArrayList<>(command);
                wrapped.add(0, setsid);
                return wrapped;
            }
        }
        return command;
    }

    String name() {
        return spec.name();
    }

    ChildSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Completes when the process ends, for whatever reason. */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Checks readiness once, remembering when it first succeeded. */
    boolean checkReady() {
        if (readyAfter != null) {
            return true;
        }
        if (spec.readiness().isReady()) {
            readyAfter = Duration.ofNanos(System.nanoTime() - startedNanos);
            return true;
        }
        return false;
    }

    Duration readyAfter() {
        return readyAfter;
    }

    /** Asks politely (SIGTERM), so Spring and Kafka shut down cleanly and H2 commits. */
    void requestStop() {
        process.destroy();
    }

    /** Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would, and waits for it. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the process to end, and kills it if it outlives the grace period. */
    void awaitStop(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

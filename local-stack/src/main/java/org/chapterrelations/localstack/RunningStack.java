package org.chapterrelations.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** The started stack. Closing it stops every child, last started first; closing twice is harmless. */
public final class RunningStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackOptions options;
    private final List<List<ChildProcess>> waves = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stopChildren, "local-stack-shutdown");
    private Duration startupTime = Duration.ZERO;

    RunningStack(StackOptions options) {
        this.options = options;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    void add(List<ChildProcess> wave) {
        waves.add(List.copyOf(wave));
    }

    boolean isClosed() {
        return closed.get();
    }

    void startedIn(Duration duration) {
        this.startupTime = duration;
    }

    public StackOptions options() {
        return options;
    }

    public StackPorts ports() {
        return options.ports();
    }

    public String gatewayUrl() {
        return ports().gatewayUrl();
    }

    public String authUrl() {
        return ports().authUrl();
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Kills one process at once (SIGKILL): no shutdown hook runs, nothing is flushed. For fault tests. */
    public void kill(String name) {
        child(name).kill();
    }

    /** Stops one process politely (SIGTERM, then SIGKILL after the grace period). */
    public void stop(String name) {
        ChildProcess child = child(name);
        child.requestStop();
        child.awaitStop(STOP_GRACE);
    }

    /** Starts a stopped or killed process again with the same command, and returns once it is ready. */
    public void restart(String name) {
        ChildProcess old = child(name);
        if (old.isAlive()) {
            throw new IllegalStateException(name + " is still running: stop or kill it first");
        }
        ChildProcess fresh = ChildProcess.restart(old.spec(), options.logDir());
        for (int i = 0; i < waves.size(); i++) {
            List<ChildProcess> wave = waves.get(i);
            if (wave.contains(old)) {
                waves.set(i, wave.stream().map(child -> child == old ? fresh : child).toList());
            }
        }
        ReadinessWaiter.awaitReady(List.of(fresh), options.readyTimeout());
    }

    /** Process id of each child, by name (ferretdb, kafka, auth-server, the services, gateway). */
    public Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        children().forEach(child -> pids.put(child.name(), child.pid()));
        return pids;
    }

    /** How long each child took to be ready after it was started. */
    public Map<String, Duration> readyTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        children().stream().filter(child -> child.readyAfter() != null)
                .forEach(child -> times.put(child.name(), child.readyAfter()));
        return times;
    }

    public boolean isRunning(String name) {
        return child(name).isAlive();
    }

    private ChildProcess child(String name) {
        return children().stream().filter(child -> child.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process named " + name + " in this stack"));
    }

    List<ChildProcess> children() {
        return waves.stream().flatMap(List::stream).toList();
    }

    void printTable(PrintStream out) {
        out.printf("%n%-22s %-32s %8s %8s  %s%n", "PROCESS", "URL", "PID", "READY", "LOG");
        for (ChildProcess child : children()) {
            Duration ready = child.readyAfter();
            out.printf("%-22s %-32s %8d %7.1fs  %s%n", child.name(), child.spec().url(), child.pid(),
                    ready == null ? 0.0 : ready.toMillis() / 1000.0, child.log());
        }
        out.printf("%nStack ready in %.1f s. Gateway: %s  (data: %s)%n",
                startupTime.toMillis() / 1000.0, gatewayUrl(), options.dataDir());
        out.println("Ctrl-C stops everything.");
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it stops the children itself
        }
        stopChildren();
    }

    private void stopChildren() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (int i = waves.size() - 1; i >= 0; i--) {
            List<ChildProcess> wave = waves.get(i);
            wave.forEach(ChildProcess::requestStop);
            wave.forEach(child -> child.awaitStop(STOP_GRACE));
        }
    }
}

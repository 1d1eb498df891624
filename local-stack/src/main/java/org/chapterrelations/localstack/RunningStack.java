package org.chapterrelations.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
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

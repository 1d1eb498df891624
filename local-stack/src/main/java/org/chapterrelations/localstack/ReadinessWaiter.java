package org.chapterrelations.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits until started children are ready, failing at once if one exits and with its log if one is late. */
final class ReadinessWaiter {

    private static final Duration POLL = Duration.ofMillis(300);

    private ReadinessWaiter() {
    }

    static void awaitReady(List<ChildProcess> wave, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ChildProcess> pending = new ArrayList<>(wave);
        while (!pending.isEmpty()) {
            for (ChildProcess child : List.copyOf(pending)) {
                if (child.checkReady()) {
                    pending.remove(child);
                    System.out.printf("  %-22s ready after %.1f s%n", child.name(), child.readyAfter().toMillis() / 1000.0);
                } else if (!child.isAlive()) {
                    throw new StartupFailedException(child.name() + " exited with code " + child.exitValue()
                            + " during start-up:\n" + LogTail.of(child.log(), 30));
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                ChildProcess late = pending.get(0);
                throw new StartupFailedException(late.name() + " was not ready within " + timeout.toSeconds()
                        + " s:\n" + LogTail.of(late.log(), 30));
            }
            awaitExitOrNextPoll(pending);
        }
    }

    /** Returns when one of the pending children exits (reported at once) or after the poll interval. */
    private static void awaitExitOrNextPoll(List<ChildProcess> pending) {
        CompletableFuture<?> anyExit = CompletableFuture.anyOf(
                pending.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new));
        try {
            anyExit.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Nobody exited: time to check readiness again.
        } catch (ExecutionException e) {
            throw new StartupFailedException("could not watch the child processes: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailedException("start-up interrupted", e);
        }
    }
}

package org.chapterrelations.legislation.sync;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Starts runs: the lease is taken at once (so the caller knows), the run goes on a sync thread. */
@Component
class SyncRuns implements DisposableBean {

    private final SyncRunner runner;
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "bill-sync");
                thread.setDaemon(true);
                return thread;
            });

    SyncRuns(SyncRunner runner) {
        this.runner = runner;
        threads.allowCoreThreadTimeOut(true);
    }

    /** False when another run holds the source. */
    boolean start(BillSource source, String trigger) {
        return runner.tryStart(source, trigger).map(lease -> {
            threads.execute(() -> runner.run(lease));
            return true;
        }).orElse(false);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}

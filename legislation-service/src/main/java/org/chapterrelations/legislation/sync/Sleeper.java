package org.chapterrelations.legislation.sync;

import java.time.Duration;

/** Waits between tries of a request; tests record the waits instead of spending them. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}

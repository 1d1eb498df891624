package org.chapterrelations.localstack;

/** Asked repeatedly during start-up; answers quickly and never throws. */
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady();
}

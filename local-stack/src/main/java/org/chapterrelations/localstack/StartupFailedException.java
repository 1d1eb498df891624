package org.chapterrelations.localstack;

/** The stack could not start; the message tells the user what to do about it. */
public class StartupFailedException extends RuntimeException {

    public StartupFailedException(String message) {
        super(message);
    }

    public StartupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

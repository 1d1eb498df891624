package org.chapterrelations.platform.events.consumer;

/** A record that can never be processed as it is: after the bounded retries it goes to the DLQ. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

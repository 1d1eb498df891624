package org.chapterrelations.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body over its route's limit: the client's fault, so it never counts against a service's breaker. */
public class BodyTooLargeException extends ResponseStatusException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limitBytes + " bytes.");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}

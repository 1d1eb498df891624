package org.chapterrelations.legislation.sync;

/** A source answered so that this run cannot go on; the status is the source's HTTP status (null if none). */
class SyncFailure extends RuntimeException {

    private final Integer status;

    SyncFailure(String message, Integer status) {
        super(message, null, false, false);
        this.status = status;
    }

    Integer status() {
        return status;
    }
}

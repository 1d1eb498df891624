package org.chapterrelations.ferretdb;

/** FerretDB could not be found, built or started; the message says what to do. */
public class FerretDbUnavailableException extends RuntimeException {

    public FerretDbUnavailableException(String message) {
        super(message);
    }
}

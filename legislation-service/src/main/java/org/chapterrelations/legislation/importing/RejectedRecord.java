package org.chapterrelations.legislation.importing;

/** A record of an import file that cannot become a bill; its message is the reason reported for it. */
class RejectedRecord extends RuntimeException {

    RejectedRecord(String reason) {
        super(reason, null, false, false);
    }
}

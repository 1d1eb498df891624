package org.chapterrelations.platform.web.http;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/** Optimistic concurrency over HTTP: the ETag is the document's version, and updates must send it back. */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(Long version) {
        return "\"" + version + "\"";
    }

    /** 428 without an If-Match header, 412 unless one of its tags (or {@code *}) is the current version. */
    public static void require(String ifMatch, Long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the " + what + "'s ETag in If-Match: GET it first, then update with that version.");
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(current)) {
                return;
            }
        }
        throw new ApiException(HttpStatus.PRECONDITION_FAILED,
                "The " + what + " changed since you read it: fetch it again and reapply your change.");
    }
}

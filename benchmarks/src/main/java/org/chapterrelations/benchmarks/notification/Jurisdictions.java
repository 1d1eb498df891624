package org.chapterrelations.benchmarks.notification;

import java.util.List;

/** The 50 states, lower-case as legislation events name them. */
final class Jurisdictions {

    static final List<String> CODES = List.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id",
            "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
            "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv",
            "wi", "wy");

    private Jurisdictions() {
    }
}

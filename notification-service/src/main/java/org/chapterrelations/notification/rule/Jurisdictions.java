package org.chapterrelations.notification.rule;

import java.util.Locale;
import java.util.Map;

/** The names alerts give jurisdictions, from the codes events carry ({@code ca}, {@code us}, Open States style). */
final class Jurisdictions {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("us", "Congress"), Map.entry("al", "Alabama"), Map.entry("ak", "Alaska"),
            Map.entry("az", "Arizona"), Map.entry("ar", "Arkansas"), Map.entry("ca", "California"),
            Map.entry("co", "Colorado"), Map.entry("ct", "Connecticut"), Map.entry("de", "Delaware"),
            Map.entry("dc", "District of Columbia"), Map.entry("fl", "Florida"), Map.entry("ga", "Georgia"),
            Map.entry("hi", "Hawaii"), Map.entry("id", "Idaho"), Map.entry("il", "Illinois"),
            Map.entry("in", "Indiana"), Map.entry("ia", "Iowa"), Map.entry("ks", "Kansas"),
            Map.entry("ky", "Kentucky"), Map.entry("la", "Louisiana"), Map.entry("me", "Maine"),
            Map.entry("md", "Maryland"), Map.entry("ma", "Massachusetts"), Map.entry("mi", "Michigan"),
            Map.entry("mn", "Minnesota"), Map.entry("ms", "Mississippi"), Map.entry("mo", "Missouri"),
            Map.entry("mt", "Montana"), Map.entry("ne", "Nebraska"), Map.entry("nv", "Nevada"),
            Map.entry("nh", "New Hampshire"), Map.entry("nj", "New Jersey"), Map.entry("nm", "New Mexico"),
            Map.entry("ny", "New York"), Map.entry("nc", "North Carolina"), Map.entry("nd", "North Dakota"),
            Map.entry("oh", "Ohio"), Map.entry("ok", "Oklahoma"), Map.entry("or", "Oregon"),
            Map.entry("pa", "Pennsylvania"), Map.entry("ri", "Rhode Island"), Map.entry("sc", "South Carolina"),
            Map.entry("sd", "South Dakota"), Map.entry("tn", "Tennessee"), Map.entry("tx", "Texas"),
            Map.entry("ut", "Utah"), Map.entry("vt", "Vermont"), Map.entry("va", "Virginia"),
            Map.entry("wa", "Washington"), Map.entry("wv", "West Virginia"), Map.entry("wi", "Wisconsin"),
            Map.entry("wy", "Wyoming"), Map.entry("pr", "Puerto Rico"), Map.entry("gu", "Guam"),
            Map.entry("vi", "U.S. Virgin Islands"), Map.entry("as", "American Samoa"),
            Map.entry("mp", "Northern Mariana Islands"));

    private Jurisdictions() {
    }

    /** The name, or the code in capitals for one not listed. */
    static String name(String code) {
        String key = code.toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(key, key.toUpperCase(Locale.ROOT));
    }
}

package org.chapterrelations.localstack.sample;

import java.util.List;

/** One kind of sample data, loaded through one service's API; loading it again adds nothing. */
public interface SamplePart {

    String name();

    /** The modules that must run for this part to load (it is skipped otherwise). */
    List<String> needs();

    PartResult load(SampleContext context) throws InterruptedException;

    /** What one part did: items loaded now, items found already there, and refusals by the API. */
    public record PartResult(String part, int loaded, int alreadyPresent, List<String> refusals) {

        static PartResult of(String part, int loaded, int alreadyPresent) {
            return new PartResult(part, loaded, alreadyPresent, List.of());
        }

        public String summary() {
            return part + " " + loaded + " loaded, " + alreadyPresent + " already there"
                    + (refusals.isEmpty() ? "" : ", refused: " + String.join("; ", refusals));
        }
    }
}

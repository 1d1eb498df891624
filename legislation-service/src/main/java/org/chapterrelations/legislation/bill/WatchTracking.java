package org.chapterrelations.legislation.bill;

import java.util.Optional;

/** The watch rules, as bill storage asks them: does a created or changed bill newly match one? */
public interface WatchTracking {

    /**
     * @param before the bill's data before the change, or null for a new bill
     * @param after  its data now
     * @return the tracking of the first rule that matches {@code after} but did not match {@code before}
     */
    Optional<Tracking> newMatch(BillContent before, BillContent after);
}

package org.chapterrelations.legislation.bill;

import java.util.List;

import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;

/** The office's view of a bill: whether it follows it, its stance, and who on staff owns it. */
public record OfficeView(boolean tracked, Position position, Priority priority, List<String> issueAreas,
        String notes, String owner) {

    static final OfficeView UNTRACKED = new OfficeView(false, null, null, List.of(), null, null);

    public OfficeView {
        issueAreas = issueAreas == null ? List.of() : List.copyOf(issueAreas);
    }

    /** Anonymous callers see a bill only when it is tracked with a public position. */
    boolean isPublic() {
        return tracked && position != null && position.isPublic();
    }
}

package org.chapterrelations.legislation.bill;

import java.util.List;

import org.chapterrelations.legislation.common.Position;
import org.chapterrelations.legislation.common.Priority;

/**
 * Why a bill becomes tracked and with which defaults: a staff member's username, or a watch rule
 * ({@code trackedBy = "watch-rule:<ruleId>"}).
 */
public record Tracking(String trackedBy, String ruleId, Position position, Priority priority,
        List<String> issueAreas) {

    public Tracking {
        issueAreas = issueAreas == null ? List.of() : List.copyOf(issueAreas);
    }

    public static Tracking byRule(String ruleId, Position position, Priority priority, List<String> issueAreas) {
        return new Tracking("watch-rule:" + ruleId, ruleId, position, priority, issueAreas);
    }
}

package org.chapterrelations.legislation.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.FieldProblem;

/** Issue area slugs such as {@code funding} or {@code intellectual-freedom}: lower-case words joined by hyphens. */
public final class IssueAreas {

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]*$");

    private IssueAreas() {
    }

    /** Lower-cased, de-duplicated slugs in their given order (null means none). */
    public static List<String> normalise(List<String> areas) {
        if (areas == null) {
            return List.of();
        }
        LinkedHashSet<String> slugs = new LinkedHashSet<>();
        for (String area : areas) {
            if (area != null) {
                slugs.add(area.strip().toLowerCase());
            }
        }
        return List.copyOf(slugs);
    }

    public static List<FieldProblem> problems(String field, List<String> areas) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (!SLUG.matcher(areas.get(i)).matches() || areas.get(i).length() > 40) {
                problems.add(new FieldProblem(field + "[" + i + "]",
                        "must be a slug such as funding or intellectual-freedom"));
            }
        }
        return problems;
    }
}

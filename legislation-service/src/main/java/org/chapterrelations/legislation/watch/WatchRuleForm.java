package org.chapterrelations.legislation.watch;

import java.util.List;

/** The body of creating or replacing a watch rule; {@code defaults} holds wire names (support, high, ...). */
record WatchRuleForm(String name, List<String> jurisdictions, List<String> subjects, List<String> keywords,
        List<String> sponsors, DefaultsForm defaults) {

    record DefaultsForm(String position, String priority, List<String> issueAreas) {
    }
}

package org.chapterrelations.legislation.targeting;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chapter as campaign targeting sees it: the states its members act in (a regional chapter covers
 * several), and whether it is active. Fed by {@code directory.chapters.v1}; no call to the directory on
 * the request path.
 */
@Document("target_chapters")
public record TargetChapter(@Id String chapterId, String name, String state, @Indexed List<String> states,
        boolean active) {
}

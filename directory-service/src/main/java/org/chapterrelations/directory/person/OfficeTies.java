package org.chapterrelations.directory.person;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which people serve a chapter: decides what a chapter officer may see and edit. Implemented by the
 * office feature, so that people do not depend on how terms are stored.
 */
public interface OfficeTies {

    /** Ids of everyone who holds or ever held an office at the chapter. */
    Set<String> everServed(String chapterCode);

    /** Ids of everyone holding an office at the chapter on {@code day}. */
    Set<String> servingOn(String chapterCode, LocalDate day);
}

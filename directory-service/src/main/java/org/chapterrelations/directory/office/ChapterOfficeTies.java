package org.chapterrelations.directory.office;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.chapterrelations.directory.person.OfficeTies;
import org.springframework.stereotype.Component;

/** Who serves a chapter, read from its terms of office: one document read. */
@Component
class ChapterOfficeTies implements OfficeTies {

    private final ChapterOfficesRepository offices;

    ChapterOfficeTies(ChapterOfficesRepository offices) {
        this.offices = offices;
    }

    @Override
    public Set<String> everServed(String chapterCode) {
        return offices.findById(chapterCode)
                .map(chapter -> chapter.terms().stream().map(Term::personId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    public Set<String> servingOn(String chapterCode, LocalDate day) {
        return offices.findById(chapterCode)
                .map(chapter -> chapter.currentOn(day).stream().map(Term::personId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}

package org.chapterrelations.directory.chapter;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How many members a chapter reported for a year. */
public record MemberCount(
        @NotNull @Min(value = 1850, message = "must be 1850 or later") Integer year,
        @NotNull @PositiveOrZero Integer count) {
}

package org.chapterrelations.directory.chapter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/directory/chapters}. */
public record RegisterChapter(
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,19}", message = "must be 2 to 20 letters, digits or dashes, starting with a letter") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ChapterKind kind,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter US state code") String state,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Email @Size(max = 200) String publicEmail) {

    String normalisedCode() {
        return code.strip().toUpperCase();
    }
}

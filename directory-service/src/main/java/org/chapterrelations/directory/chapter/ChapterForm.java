package org.chapterrelations.directory.chapter;

import org.chapterrelations.directory.common.MailingAddress;
import org.chapterrelations.directory.common.UsStateCode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/directory/chapters} (register) and {@code PUT /api/directory/chapters/{code}}
 * (full replacement of the editable fields; {@code code} may be left out there). Read-only fields a client
 * echoes back from a GET ({@code id}, {@code status}, {@code registeredAt}) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChapterForm(
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,19}", message = "must be 2 to 20 letters, digits or dashes, starting with a letter") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ChapterKind kind,
        @NotBlank @UsStateCode String state,
        List<@NotNull @UsStateCode String> states,
        @Size(max = 200) String school,
        @Size(max = 20) String parentChapterId,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Email @Size(max = 200) String publicEmail,
        @Pattern(regexp = "[0-9 +().-]{7,20}", message = "must be 7 to 20 digits, spaces or + - ( ) .") String publicPhone,
        @Valid MailingAddress mailingAddress,
        Boolean studentProgram,
        @Min(value = 1850, message = "must be 1850 or later") Integer foundedYear,
        @Valid MemberCount memberCount,
        Boolean sampleData) {

    String normalisedCode() {
        return code == null ? null : code.strip().toUpperCase();
    }
}

package org.chapterrelations.directory.exchange.export;

import java.util.Locale;

import org.chapterrelations.platform.web.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** vCards of a person and of a chapter's current officers, to import into an address book. */
@Tag(name = "Exchange", description = "CSV imports and exports, and vCards for address books.")
@RestController
class VCardController {

    private static final MediaType VCARD = MediaType.parseMediaType(VCardText.CONTENT_TYPE);

    private final ContactCards cards;

    VCardController(ContactCards cards) {
        this.cards = cards;
    }

    @Operation(operationId = "personVCard", summary = "A person's vCard",
            responses = @ApiResponse(responseCode = "200", description = "<id>.vcf",
                    content = @Content(mediaType = VCardText.CONTENT_TYPE, schema = @Schema(type = "string"))))
    @GetMapping("/api/directory/people/{id}/vcard")
    ResponseEntity<String> person(@PathVariable String id, Authentication authentication) {
        return vcard(cards.person(id, Caller.of(authentication)), id + ".vcf");
    }

    @Operation(operationId = "officersVCards", summary = "The vCards of a chapter's current officers",
            responses = @ApiResponse(responseCode = "200", description = "<code>-officers.vcf",
                    content = @Content(mediaType = VCardText.CONTENT_TYPE, schema = @Schema(type = "string"))))
    @GetMapping("/api/directory/chapters/{code}/officers/vcard")
    ResponseEntity<String> officers(@PathVariable String code, Authentication authentication) {
        String filename = code.toUpperCase(Locale.ROOT) + "-officers.vcf";
        return vcard(cards.officersOf(code, Caller.of(authentication)), filename);
    }

    private static ResponseEntity<String> vcard(String body, String filename) {
        return ResponseEntity.ok().contentType(VCARD)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}

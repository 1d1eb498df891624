package org.chapterrelations.notification.preference;

import java.time.Clock;

import org.chapterrelations.platform.web.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own preferences; the first call registers the caller as a recipient. */
@Tag(name = "Preferences", description = "The caller's channels, topics, digest mode, quiet hours and contact addresses.")
@RestController
@RequestMapping("/api/notifications/me/preferences")
class PreferencesController {

    private final Recipients recipients;
    private final Clock clock;

    PreferencesController(Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @Operation(operationId = "getPreferences", summary = "My preferences")
    @GetMapping
    PreferencesView get(Authentication authentication) {
        return PreferencesView.of(recipients.account(Caller.of(authentication)));
    }

    @Operation(operationId = "replacePreferences", summary = "Replace my preferences")
    @PutMapping
    PreferencesView replace(@RequestBody PreferencesForm form, Authentication authentication) {
        Recipient recipient = recipients.account(Caller.of(authentication));
        Preferences preferences = PreferencesValidator.toPreferences(form, recipient.preferences(),
                recipient.isStaff());
        return PreferencesView.of(recipients.save(recipient.withPreferences(preferences, clock.instant())));
    }
}

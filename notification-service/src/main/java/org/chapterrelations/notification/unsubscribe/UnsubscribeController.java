package org.chapterrelations.notification.unsubscribe;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chapterrelations.notification.preference.Preferences;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.RecipientRepository;
import org.chapterrelations.notification.preference.Recipients;
import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The link in every e-mail: GET (a person clicking) or POST (a mail client's RFC 8058 one-click) switch
 * the token's topic off, or all e-mail for a digest's link. Works without signing in; repeating it is harmless.
 */
@Tag(name = "Unsubscribe", description = "One-click unsubscribe from a signed link, without logging in.")
@RestController
class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final RecipientRepository recipientStore;
    private final Recipients recipients;
    private final Clock clock;

    UnsubscribeController(UnsubscribeTokens tokens, RecipientRepository recipientStore, Recipients recipients,
            Clock clock) {
        this.tokens = tokens;
        this.recipientStore = recipientStore;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Operation(operationId = "unsubscribeViaLink", summary = "Unsubscribe by following the signed link")
    @GetMapping("/api/notifications/unsubscribe")
    Map<String, String> viaLink(@RequestParam(required = false) String token) {
        return unsubscribe(token);
    }

    @Operation(operationId = "unsubscribeOneClick", summary = "One-click unsubscribe (RFC 8058)")
    @PostMapping("/api/notifications/unsubscribe")
    Map<String, String> oneClick(@RequestParam(required = false) String token) {
        return unsubscribe(token);
    }

    private Map<String, String> unsubscribe(String token) {
        UnsubscribeTokens.Scope scope = tokens.verify(token)
                .orElseThrow(() -> ApiException.badField("token", "is not a valid unsubscribe token"));
        Recipient recipient = recipientStore.findById(scope.recipientId())
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "This recipient no longer exists."));
        Preferences preferences = recipient.preferences();
        Preferences changed;
        if (UnsubscribeTokens.ALL_EMAIL.equals(scope.scope())) {
            Map<String, Boolean> channels = new LinkedHashMap<>(preferences.channels());
            channels.put("email", false);
            changed = new Preferences(preferences.email(), preferences.webhook(), channels, preferences.topics(),
                    preferences.deliveryMode(), preferences.quietHours());
        }
        else {
            changed = preferences.withTopic(scope.scope(), false);
        }
        recipients.save(recipient.withPreferences(changed, clock.instant()));
        return Map.of("recipientId", recipient.id(), "unsubscribed", scope.scope());
    }
}

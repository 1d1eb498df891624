package org.chapterrelations.notification.subscription;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.Recipients;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's legislation alert subscriptions. Only staff subscribe: chapter officers already get their
 * chapter's reminders and campaigns by default.
 */
@Tag(name = "Subscriptions", description = "Staff: legislation alerts by jurisdiction, issue area, priority or bill.")
@RestController
@RequestMapping("/api/notifications/me/subscriptions")
class SubscriptionController {

    private final SubscriptionRepository subscriptions;
    private final Recipients recipients;
    private final Clock clock;

    SubscriptionController(SubscriptionRepository subscriptions, Recipients recipients, Clock clock) {
        this.subscriptions = subscriptions;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Operation(operationId = "listSubscriptions", summary = "My subscriptions")
    @GetMapping
    List<Subscription> list(Authentication authentication) {
        return subscriptions.findByRecipientIdOrderByCreatedAtAsc(Caller.of(authentication).subject());
    }

    @Operation(operationId = "getSubscription", summary = "One of my subscriptions")
    @GetMapping("/{id}")
    Subscription get(@PathVariable String id, Authentication authentication) {
        return mine(id, authentication);
    }

    @Operation(operationId = "createSubscription", summary = "Subscribe to legislation alerts")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Subscription> create(@RequestBody SubscriptionForm form, Authentication authentication) {
        Recipient recipient = staff(authentication);
        Subscription created = subscriptions.insert(new Subscription(UUID.randomUUID().toString(), recipient.id(),
                form.kind(), form.validValue(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/notifications/me/subscriptions/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "replaceSubscription", summary = "Change a subscription")
    @PutMapping("/{id}")
    Subscription replace(@PathVariable String id, @RequestBody SubscriptionForm form, Authentication authentication) {
        Subscription existing = mine(id, authentication);
        String value = form.validValue();
        return subscriptions.save(new Subscription(existing.id(), existing.recipientId(), form.kind(), value,
                existing.createdAt()));
    }

    @Operation(operationId = "deleteSubscription", summary = "Remove a subscription")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication authentication) {
        subscriptions.delete(mine(id, authentication));
        return ResponseEntity.noContent().build();
    }

    private Recipient staff(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only office staff subscribe to legislation alerts.");
        }
        return recipients.account(caller);
    }

    private Subscription mine(String id, Authentication authentication) {
        return subscriptions.findByIdAndRecipientId(id, Caller.of(authentication).subject())
                .orElseThrow(() -> ApiException.notFound("Subscription", id));
    }
}

package org.chapterrelations.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * This service's own settings ({@code notification.*}).
 *
 * @param publicBaseUrl     where people reach the platform (the gateway): links in e-mails start with it
 * @param unsubscribeSecret HMAC key of the one-click unsubscribe tokens
 * @param mailFrom          sender address of every e-mail
 * @param templates         where the office's edited templates live
 * @param inbox             the in-app inbox's live stream
 * @param delivery          the e-mail and webhook delivery loop
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") @NotBlank String publicBaseUrl,
        @NotBlank @Size(min = 16) String unsubscribeSecret,
        @DefaultValue("Chapter Relations <notifications@chapter-relations.example>") @NotBlank String mailFrom,
        @DefaultValue Templates templates, @DefaultValue Inbox inbox, @DefaultValue Delivery delivery) {

    /** @param dir a directory whose {@code <eventType>.<channel>.txt} files replace the built-in ones (optional) */
    public record Templates(String dir) {
    }

    /** @param heartbeat pause between keep-alive comments on an open stream */
    public record Inbox(@DefaultValue("15s") Duration heartbeat) {
    }

    /**
     * @param pollInterval   pause between looks for due deliveries
     * @param batchSize      deliveries claimed per look
     * @param lease          how long a claimed delivery is someone's before another worker may take it
     * @param initialBackoff wait before the first retry of a webhook; doubled each time
     * @param maxBackoff     longest wait between two attempts
     * @param giveUpAfter    a delivery still failing this long after it was first due fails for good
     * @param webhookTimeout connect and response timeout of one webhook call
     * @param digestHour     local hour (recipient's time zone, UTC if none) at which digests go out
     */
    public record Delivery(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("50") int batchSize,
            @DefaultValue("2m") Duration lease, @DefaultValue("30s") Duration initialBackoff,
            @DefaultValue("15m") Duration maxBackoff, @DefaultValue("1h") Duration giveUpAfter,
            @DefaultValue("10s") Duration webhookTimeout, @DefaultValue("8") int digestHour) {
    }
}

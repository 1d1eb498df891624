package org.chapterrelations.notification.delivery.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.chapterrelations.notification.NotificationProperties;
import org.chapterrelations.notification.delivery.ChannelSender;
import org.chapterrelations.notification.delivery.SendResult;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.preference.Webhook;
import org.chapterrelations.notification.template.Rendered;
import org.chapterrelations.notification.template.TemplateFields;
import org.chapterrelations.notification.template.Templates;
import org.chapterrelations.platform.events.EventJson;
import org.springframework.stereotype.Component;

/**
 * POSTs one notification as JSON to the recipient's webhook, signed (see {@link WebhookSignature}).
 * 2xx delivers; 4xx is the receiver refusing it for good; 5xx, timeouts and connection errors are retried.
 */
@Component
class WebhookSender implements ChannelSender {

    private final HttpClient http;
    private final Duration timeout;
    private final Templates templates;
    private final Clock clock;

    WebhookSender(NotificationProperties properties, Templates templates, Clock clock) {
        this.timeout = properties.delivery().webhookTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return "webhook";
    }

    @Override
    public SendResult send(Recipient recipient, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return SendResult.rejected(null, "The notification no longer exists");
        }
        Notification notification = notifications.get(0);
        Webhook webhook = recipient.preferences().webhook();
        String body = EventJson.write(payload(notification, recipient));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            String response = "HTTP " + status;
            if (status >= 200 && status < 300) {
                return SendResult.delivered(response);
            }
            if (status >= 500) {
                return SendResult.retryable(response, "The receiver failed with " + response);
            }
            return SendResult.rejected(response, "The receiver refused the notification with " + response);
        }
        catch (IOException ex) {
            return SendResult.retryable(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return SendResult.retryable(null, "Interrupted while sending");
        }
    }

    private WebhookPayload payload(Notification notification, Recipient recipient) {
        Rendered content = templates.render(notification.template(), channel(),
                TemplateFields.of(notification, recipient));
        return new WebhookPayload(notification.id(), notification.recipientId(), notification.topic(),
                notification.sourceEventType(), notification.sourceEventId(), content.subject(), content.body(),
                notification.data());
    }
}

package org.chapterrelations.notification.delivery.email;

import java.util.List;

import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.DeliveryMode;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.template.Rendered;
import org.chapterrelations.notification.template.TemplateFields;
import org.chapterrelations.notification.template.Templates;

/** One e-mail gathering several notifications: each one's subject and body, oldest first. */
final class DigestContent {

    private DigestContent() {
    }

    static Rendered of(Templates templates, Recipient recipient, List<Notification> notifications) {
        String period = recipient.preferences().deliveryMode() == DeliveryMode.WEEKLY_DIGEST ? "weekly" : "daily";
        StringBuilder body = new StringBuilder();
        notifications.stream().sorted((a, b) -> a.createdAt().compareTo(b.createdAt())).forEach(notification -> {
            Rendered item = templates.render(notification.template(), "email",
                    TemplateFields.of(notification, recipient));
            body.append("== ").append(item.subject()).append(" ==\n\n").append(item.body()).append("\n\n");
        });
        return new Rendered("Your " + period + " digest: " + notifications.size() + " notifications",
                body.toString().strip());
    }
}

package org.chapterrelations.notification.delivery.email;

import java.util.List;

import org.chapterrelations.notification.NotificationProperties;
import org.chapterrelations.notification.delivery.ChannelSender;
import org.chapterrelations.notification.delivery.SendResult;
import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Recipient;
import org.chapterrelations.notification.template.Rendered;
import org.chapterrelations.notification.template.TemplateFields;
import org.chapterrelations.notification.template.Templates;
import org.chapterrelations.notification.unsubscribe.UnsubscribeTokens;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over SMTP ({@code spring.mail.*}). The transport is driven directly, not through
 * {@code JavaMailSender.send}, to keep the server's reply for the delivery log together with the
 * message's {@code Message-ID}. An SMTP 5xx refusal is permanent; anything else is retried.
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSenderImpl mail;
    private final Templates templates;
    private final UnsubscribeTokens unsubscribe;
    private final String from;

    EmailSender(JavaMailSenderImpl mail, Templates templates, UnsubscribeTokens unsubscribe,
            NotificationProperties properties) {
        this.mail = mail;
        this.templates = templates;
        this.unsubscribe = unsubscribe;
        this.from = properties.mailFrom();
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public SendResult send(Recipient recipient, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return SendResult.rejected(null, "The notification no longer exists");
        }
        boolean digest = notifications.size() > 1;
        Rendered content = digest ? DigestContent.of(templates, recipient, notifications)
                : templates.render(notifications.get(0).template(), channel(),
                        TemplateFields.of(notifications.get(0), recipient));
        String link = unsubscribe.link(recipient.id(), digest ? UnsubscribeTokens.ALL_EMAIL
                : notifications.get(0).topic());
        try {
            MimeMessage message = message(recipient, content, link, notifications.get(0).id());
            return SendResult.delivered(transmit(message) + " Message-ID: " + message.getMessageID());
        }
        catch (SendFailedException ex) {
            return SendResult.rejected(null, "SMTP refused the message: " + ex.getMessage());
        }
        catch (MessagingException ex) {
            return SendResult.retryable(null, "SMTP: " + ex.getMessage());
        }
    }

    private MimeMessage message(Recipient recipient, Rendered content, String link, String notificationId)
            throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient.preferences().email());
        helper.setSubject(content.subject());
        helper.setText(content.body() + "\n\n--\nTo stop these e-mails: " + link + "\n");
        message.setHeader("List-Unsubscribe", "<" + link + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Chapter-Relations-Notification", notificationId);
        message.saveChanges();
        return message;
    }

    /** Sends and returns the server's last reply, e.g. {@code 250 OK}. */
    private String transmit(MimeMessage message) throws MessagingException {
        try (Transport transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp"
                : mail.getProtocol())) {
            String user = mail.getUsername() == null || mail.getUsername().isEmpty() ? null : mail.getUsername();
            transport.connect(mail.getHost(), mail.getPort(), user, user == null ? null : mail.getPassword());
            transport.sendMessage(message, message.getAllRecipients());
            return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse().strip() : "sent";
        }
    }
}

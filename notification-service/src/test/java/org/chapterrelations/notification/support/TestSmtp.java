package org.chapterrelations.notification.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** One in-JVM SMTP server (GreenMail) per test JVM, on a free port; the service is pointed at it. */
public final class TestSmtp {

    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-shutdown"));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Messages received so far for one address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }
}

package org.chapterrelations.notification.delivery;

import java.util.List;

import org.chapterrelations.notification.notification.Notification;
import org.chapterrelations.notification.preference.Recipient;

/** Sends over one channel. Several notifications at once form a digest (one message). */
public interface ChannelSender {

    String channel();

    SendResult send(Recipient recipient, List<Notification> notifications);
}

package org.chapterrelations.notification.inbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chapterrelations.notification.NotificationProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open Server-Sent Event streams per recipient: each new inbox item is sent as an {@code inbox-item}
 * event, and a comment every {@code notification.inbox.heartbeat} keeps proxies from closing an idle one.
 * A stream that fails to write is dropped.
 */
@Component
class InboxStream implements DisposableBean {

    private final Map<String, List<SseEmitter>> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "inbox-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    InboxStream(NotificationProperties properties) {
        long period = properties.inbox().heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    SseEmitter open(String recipientId) {
        SseEmitter emitter = new SseEmitter(0L);
        List<SseEmitter> emitters = open.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>());
        emitters.add(emitter);
        Runnable remove = () -> emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(recipientId, emitter, SseEmitter.event().comment("connected"));
        return emitter;
    }

    void publish(List<InboxItem> items) {
        for (InboxItem item : items) {
            for (SseEmitter emitter : open.getOrDefault(item.recipientId(), List.of())) {
                send(item.recipientId(), emitter, SseEmitter.event().name("inbox-item").id(item.id())
                        .data(InboxView.of(item), MediaType.APPLICATION_JSON));
            }
        }
    }

    private void beat() {
        open.forEach((recipientId, emitters) -> emitters
                .forEach(emitter -> send(recipientId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private void send(String recipientId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            synchronized (emitter) {
                emitter.send(event);
            }
        }
        catch (IOException | IllegalStateException ex) {
            open.getOrDefault(recipientId, List.of()).remove(emitter);
            emitter.completeWithError(ex);
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        open.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
    }
}

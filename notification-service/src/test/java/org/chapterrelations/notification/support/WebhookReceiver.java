package org.chapterrelations.notification.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntUnaryOperator;

import org.chapterrelations.notification.delivery.webhook.WebhookSignature;

import com.sun.net.httpserver.HttpServer;

/**
 * A real local HTTP endpoint standing for a client's webhook: it checks each call's signature with the
 * shared secret and answers the status {@code answer} gives for the call's number (1, 2, ...).
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

    public record Call(String body, boolean signatureValid, int answered) {
    }

    public WebhookReceiver(String secret, IntUnaryOperator answer) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
            boolean valid = timestamp != null && WebhookSignature.sign(secret, timestamp, body).equals(signature);
            int status = valid ? answer.applyAsInt(calls.size() + 1) : 401;
            calls.add(new Call(body, valid, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

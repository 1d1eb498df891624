package org.chapterrelations.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP backend standing in for a service: it records what reaches it and answers a fixed JSON
 * body, so a test sees exactly what the gateway forwarded and what it relayed back.
 */
public final class RecordingBackend {

    /** What the backend received. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private RecordingBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public static RecordingBackend start(String name) {
        return new RecordingBackend(name);
    }

    /** A URL on which nothing listens: a backend that is down. */
    public static String closedUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received lastReceived() {
        return received.get(received.size() - 1);
    }

    public void forget() {
        received.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        boolean create = "POST".equals(exchange.getRequestMethod());
        byte[] answer = ("{\"servedBy\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
                .getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (create) {
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getPath() + "/CA");
        }
        exchange.sendResponseHeaders(create ? 201 : 200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}

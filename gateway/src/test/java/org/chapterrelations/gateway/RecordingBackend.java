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
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP backend standing in for a service: it records what reaches it and answers a fixed JSON
 * body, so a test sees exactly what the gateway forwarded and what it relayed back. A few path
 * endings ask for special answers: {@code /slow} (answers after {@link #SLOW_MILLIS}), {@code /busy}
 * (after {@link #BUSY_MILLIS}, well within the timeout), {@code /fail}
 * (500), {@code /leaky}
 * (server software headers), {@code /cacheable} (its own Cache-Control), {@code /etag} (ETag, 304 on
 * a matching If-None-Match), {@code /large} (a JSON body of about 8 KB) and {@code /stream} (two
 * server-sent events {@link #STREAM_PAUSE_MILLIS} apart).
 */
public final class RecordingBackend {

    /** What the backend received. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public static final long SLOW_MILLIS = 4000;
    public static final long BUSY_MILLIS = 300;

    public static final long STREAM_PAUSE_MILLIS = 3000;

    public static final String ETAG = "\"v1\"";

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
        // Several requests at once: a slow answer must not hold up the others.
        server.setExecutor(Executors.newCachedThreadPool());
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
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/stream")) {
            stream(exchange);
            return;
        }
        if (path.endsWith("/slow")) {
            pause(SLOW_MILLIS);
        }
        if (path.endsWith("/busy")) {
            pause(BUSY_MILLIS);
        }
        if (path.endsWith("/fail")) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        if (path.endsWith("/etag")) {
            exchange.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        if (path.endsWith("/leaky")) {
            exchange.getResponseHeaders().set("Server", "Apache/2.4.1 (Unix)");
            exchange.getResponseHeaders().set("X-Powered-By", "PHP/8.1.2");
        }
        if (path.endsWith("/cacheable")) {
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=60");
        }
        boolean create = "POST".equals(exchange.getRequestMethod());
        String padding = path.endsWith("/large") ? ",\"items\":[" + "\"chapter\",".repeat(800) + "\"end\"]" : "";
        byte[] answer = ("{\"servedBy\":\"" + name + "\",\"path\":\"" + path + "\"" + padding + "}")
                .getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (create) {
            exchange.getResponseHeaders().set("Location", path + "/CA");
        }
        exchange.sendResponseHeaders(create ? 201 : 200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("data: first\n\n".getBytes(UTF_8));
            out.flush();
            pause(STREAM_PAUSE_MILLIS);
            out.write("data: second\n\n".getBytes(UTF_8));
            out.flush();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // the backend is slow on purpose; tests themselves never sleep
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}

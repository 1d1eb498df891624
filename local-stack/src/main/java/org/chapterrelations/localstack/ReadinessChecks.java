package org.chapterrelations.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The three ways a child process proves it is ready. */
final class ReadinessChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private ReadinessChecks() {
    }

    /** Accepts TCP connections: enough for FerretDB, which listens once its backend is open. */
    static ReadinessCheck tcp(int port) {
        return () -> acceptsConnections(port);
    }

    /** The broker answers a describeCluster with at least one node. */
    static ReadinessCheck kafka(int port) {
        return () -> acceptsConnections(port) && clusterHasNodes("localhost:" + port);
    }

    /** A Spring Boot app answers 200 with status UP on its readiness probe. */
    static ReadinessCheck springReadiness(int port) {
        URI probe = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        return () -> {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean clusterHasNodes(String bootstrap) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}

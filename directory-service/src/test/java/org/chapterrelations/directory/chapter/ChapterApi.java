package org.chapterrelations.directory.chapter;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.chapterrelations.directory.UniqueCodes;
import org.chapterrelations.platform.test.TestHttp;
import org.chapterrelations.platform.test.TestKafka;

/** The chapter endpoints as a client calls them, and the chapter events as a consumer sees them. */
final class ChapterApi {

    static final String TOPIC = "directory.chapters.v1";
    static final String PATH = "/api/directory/chapters";

    private final TestHttp http;

    ChapterApi(int port) {
        this.http = new TestHttp(port);
    }

    /** A code no other test uses: the store and the topic are shared by the whole test JVM. */
    static String uniqueCode() {
        return UniqueCodes.withPrefix("Z");
    }

    HttpResponse<String> register(String token, String json) {
        return http.post(PATH, token, json);
    }

    /** Registers a state chapter as staff and fails unless it was created. */
    String registerState(String token, String code, String state, String extraJson) {
        HttpResponse<String> response = register(token, """
                {"code":"%s","name":"%s Library Association","kind":"state","state":"%s"%s}"""
                .formatted(code, code, state, extraJson.isEmpty() ? "" : "," + extraJson));
        if (response.statusCode() != 201) {
            throw new AssertionError("Could not register " + code + ": " + response.body());
        }
        return response.headers().firstValue("ETag").orElseThrow();
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    HttpResponse<String> put(String code, String token, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(PATH + "/" + code, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    HttpResponse<String> action(String code, String action, String token) {
        return http.post(PATH + "/" + code + "/" + action, token, "");
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** The next record about {@code key} of type {@code ceType}; other tests publish on the same topic. */
    static String awaitEvent(KafkaConsumer<String, byte[]> consumer, String key, String ceType) {
        return new String(TestKafka.awaitRecord(consumer, key, ceType, Duration.ofSeconds(20)).value(), UTF_8);
    }
}

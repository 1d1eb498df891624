package org.chapterrelations.notification.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chapterrelations.platform.test.TestHttp;

/** {@link TestHttp} plus the verbs it lacks, against the service under test. */
public final class Api {

    private final TestHttp http;

    public Api(int port) {
        this.http = new TestHttp(port);
    }

    public HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return http.post(path, token, json);
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return http.send(http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, String token) {
        return http.send(http.request(path, token).DELETE());
    }
}

package org.chapterrelations.gateway.ratelimit;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;

/** Which bucket a request draws from: each class has its own bucket per client. */
public enum RequestClass {

    READ, WRITE, SENSITIVE;

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    public static RequestClass of(ServerHttpRequest request, List<String> sensitivePaths) {
        String path = request.getPath().pathWithinApplication().value();
        if (sensitivePaths.stream().anyMatch(pattern -> PATHS.match(pattern, path))) {
            return SENSITIVE;
        }
        return READS.contains(request.getMethod()) ? READ : WRITE;
    }
}

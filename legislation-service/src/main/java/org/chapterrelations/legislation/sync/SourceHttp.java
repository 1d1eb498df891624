package org.chapterrelations.legislation.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs a page of a source's API, honouring rate limits: a 429 waits for its {@code Retry-After} (or backs off
 * exponentially), a 5xx or a broken connection backs off and tries again, up to {@code max-attempts}; then the
 * run stops with a {@link SyncFailure}. Messages name the path only: query strings may carry an API key.
 */
@Component
class SourceHttp {

    private static final Logger log = LoggerFactory.getLogger(SourceHttp.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Answer(int status, String retryAfter, byte[] body) {
    }

    private final RestClient client;
    private final SyncProperties.Http settings;
    private final Sleeper sleeper;
    private final Clock clock;

    SourceHttp(SyncProperties properties, Sleeper sleeper, Clock clock) {
        this.settings = properties.http();
        this.sleeper = sleeper;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.readTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    JsonNode get(URI uri, Map<String, String> headers) {
        String path = uri.getPath();
        for (int attempt = 1;; attempt++) {
            Answer answer;
            try {
                answer = client.get().uri(uri).headers(h -> headers.forEach(h::set))
                        .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                                response.getHeaders().getFirst("Retry-After"), response.getBody().readAllBytes()),
                                true);
            }
            catch (ResourceAccessException ex) {
                retryOrFail(attempt, backoff(attempt), "GET " + path + ": no answer (" + rootMessage(ex) + ")", null);
                continue;
            }
            if (answer.status() / 100 == 2) {
                return read(answer.body(), path);
            }
            String failure = "GET " + path + " answered " + answer.status();
            if (answer.status() == 429) {
                Optional<Duration> asked = RetryAfter.parse(answer.retryAfter(), clock.instant());
                if (asked.isPresent() && asked.get().compareTo(settings.maxBackoff()) > 0) {
                    throw new SyncFailure(failure + ": rate limited, Retry-After " + answer.retryAfter(), 429);
                }
                retryOrFail(attempt, asked.isPresent() ? asked.get() : backoff(attempt), failure + " (rate limited)", 429);
            }
            else if (answer.status() >= 500) {
                retryOrFail(attempt, backoff(attempt), failure, answer.status());
            }
            else {
                throw new SyncFailure(failure, answer.status());
            }
        }
    }

    private void retryOrFail(int attempt, Duration wait, String failure, Integer status) {
        if (attempt >= settings.maxAttempts()) {
            throw new SyncFailure(failure + " after " + attempt + " attempts", status);
        }
        log.info("{}; trying again in {}", failure, wait);
        try {
            sleeper.sleep(wait);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(failure + "; interrupted while waiting to retry", status);
        }
    }

    /** 1, 2, 4, ... times {@code backoff}, at most {@code max-backoff}. */
    private Duration backoff(int attempt) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static JsonNode read(byte[] body, String path) {
        try {
            return JSON.readTree(body);
        }
        catch (JacksonException ex) {
            throw new SyncFailure("GET " + path + " answered something that is not JSON", null);
        }
    }

    private static String rootMessage(Exception ex) {
        Throwable cause = ex;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IOException && cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage();
    }
}

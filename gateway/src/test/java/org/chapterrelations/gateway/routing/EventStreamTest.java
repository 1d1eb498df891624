package org.chapterrelations.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.chapterrelations.gateway.LiveNotificationsTestSupport;
import org.chapterrelations.gateway.RecordingBackend;
import org.chapterrelations.gateway.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.util.function.Tuple2;

/**
 * The inbox stream's events must arrive one by one as the service sends them, with a pause longer
 * than the 1 s response timeout of this gateway.
 */
class EventStreamTest extends LiveNotificationsTestSupport {

    @Test
    void inboxEventsAreStreamedAsTheyComeWithoutAResponseTimeout() {
        // A client that does not unpack gzip itself: the stream must arrive uncompressed.
        Flux<String> events = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/notifications/me/inbox/stream")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.IDP.staffToken())
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING)
                .returnResult(String.class).getResponseBody();

        List<Tuple2<Long, String>> timed = events.elapsed().collectList().block(Duration.ofSeconds(30));

        assertThat(timed).extracting(Tuple2::getT2).containsExactly("first", "second");
        // The second event came a pause after the first: the first was not held back until the end.
        assertThat(timed.get(1).getT1()).isGreaterThan(RecordingBackend.STREAM_PAUSE_MILLIS - 1000);
    }
}

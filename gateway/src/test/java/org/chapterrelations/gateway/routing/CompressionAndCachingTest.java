package org.chapterrelations.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.chapterrelations.gateway.RecordingBackend;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

class CompressionAndCachingTest extends GatewayTestSupport {

    @Test
    void largeJsonIsGzippedForClientsThatAcceptIt() throws IOException {
        EntityExchangeResult<byte[]> result = rawClient().get().uri("/api/directory/large")
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip")
                .expectBody().returnResult();

        String json = new String(new GZIPInputStream(new ByteArrayInputStream(result.getResponseBody())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"servedBy\":\"directory\"").endsWith("\"end\"]}");
        assertThat(result.getResponseBody().length).isLessThan(json.length() / 4);
    }

    @Test
    void smallJsonAndClientsWithoutGzipGetPlainBodies() {
        rawClient().get().uri("/api/directory/chapters").header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING);
        rawClient().get().uri("/api/directory/large")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING);
    }

    /** The default test client asks for gzip and unpacks it out of sight; this one shows the wire. */
    private WebTestClient rawClient() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
                .baseUrl("http://localhost:" + port).build();
    }

    @Test
    void etagReachesTheClientAndAServiceNotModifiedComesBackAs304() {
        client.get().uri("/api/legislation/bills/AB-1/etag")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, RecordingBackend.ETAG);

        client.get().uri("/api/legislation/bills/AB-1/etag").header(HttpHeaders.IF_NONE_MATCH, RecordingBackend.ETAG)
                .exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, RecordingBackend.ETAG)
                .expectBody().isEmpty();
        assertThat(LEGISLATION.lastReceived().header(HttpHeaders.IF_NONE_MATCH)).isEqualTo(RecordingBackend.ETAG);
    }
}

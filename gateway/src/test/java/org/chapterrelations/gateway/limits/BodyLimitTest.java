package org.chapterrelations.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import reactor.core.publisher.Flux;

/** The test gateway accepts 64 KB bodies in general and 256 KB on import paths. */
class BodyLimitTest extends GatewayTestSupport {

    private static final int KB = 1024;

    @Test
    void declaredOversizedBodyIsRefusedUpFrontAndNeverReachesTheService() {
        client.post().uri("/api/directory/chapters").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(64 * KB + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.detail").isEqualTo("The request body is larger than the 65536 bytes accepted here.");

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void streamedOversizedBodyWithoutLengthIsCutOffWith413() {
        Flux<DataBuffer> chunks = Flux.range(0, 100)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap("x".repeat(KB).getBytes(StandardCharsets.US_ASCII)));

        client.post().uri("/api/directory/chapters").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(DIRECTORY.received()).allSatisfy(received -> assertThat(received.body()).hasSizeLessThan(100 * KB));
    }

    @Test
    void bodyWithinTheLimitIsPassedOnWhole() {
        String body = json(60 * KB);
        client.post().uri("/api/directory/chapters").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated();

        assertThat(DIRECTORY.lastReceived().body()).isEqualTo(body);
    }

    @Test
    void importPathsAcceptLargerBodies() {
        String csv = "code,name\n" + "XX,Chapter\n".repeat(200 * KB / 11);
        client.post().uri("/api/directory/imports/chapters").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus().isCreated();

        assertThat(DIRECTORY.lastReceived().body()).hasSize(csv.length());
        client.post().uri("/api/directory/imports/chapters").header(HttpHeaders.AUTHORIZATION, bearer(IDP.staffToken()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv + csv)
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    private static String json(int size) {
        String prefix = "{\"notes\":\"";
        return prefix + "a".repeat(size - prefix.length() - 2) + "\"}";
    }
}

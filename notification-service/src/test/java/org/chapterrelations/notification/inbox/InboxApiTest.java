package org.chapterrelations.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chapterrelations.notification.support.Api;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class InboxApiTest {

    private static final String INBOX = "/api/notifications/me/inbox";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Autowired
    InboxRepository inbox;

    @Autowired
    InboxStream stream;

    @Test
    void theInboxPagesNewestFirstCountsUnreadAndMarksReadOneOrAll() {
        String me = "inbox-reader";
        String token = identity.token(me, List.of("staff"), null);
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 1; i <= 3; i++) {
            inbox.save(new InboxItem("inbox-item-" + i, me, "legislation", "legislation.BillStatusChanged.v1",
                    "Item " + i, "Body " + i, false, start, start.plusSeconds(i)));
        }
        inbox.save(new InboxItem("someone-elses", "another-reader", "legislation", "x", "Theirs", "", false, start,
                start));
        Api api = new Api(port);

        String firstPage = api.get(INBOX + "?size=2", token).body();
        assertThat(firstPage).containsSubsequence("\"title\":\"Item 3\"", "\"title\":\"Item 2\"")
                .doesNotContain("Item 1").contains("\"totalElements\":3");
        assertThat(api.get(INBOX + "/unread-count", token).body()).isEqualTo("{\"unread\":3}");

        assertThat(api.post(INBOX + "/inbox-item-2/read", token, "").body()).contains("\"read\":true");
        assertThat(api.get(INBOX + "/unread-count", token).body()).isEqualTo("{\"unread\":2}");
        assertThat(api.post(INBOX + "/someone-elses/read", token, "").statusCode()).isEqualTo(404);

        assertThat(api.post(INBOX + "/read-all", token, "").body()).isEqualTo("{\"marked\":2}");
        assertThat(api.get(INBOX + "/unread-count", token).body()).isEqualTo("{\"unread\":0}");
        assertThat(inbox.findById("someone-elses")).hasValueSatisfying(item -> assertThat(item.read()).isFalse());
    }

    @Test
    void theStreamSendsEachNewItemOfItsRecipientAndAHeartbeat() throws Exception {
        String me = "inbox-streamer";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + INBOX + "/stream"))
                .header("Authorization", "Bearer " + identity.token(me, List.of("staff"), null))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
            catch (Exception ignored) {
                // the test closes the stream when it has seen enough
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":connected"));

            stream.publish(List.of(
                    new InboxItem("streamed-1", me, "legislation", "legislation.BillStatusChanged.v1", "HB 1 passed",
                            "", false, Instant.now(), Instant.now()),
                    new InboxItem("not-mine", "someone-else", "legislation", "x", "Not mine", "", false, Instant.now(),
                            Instant.now())));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(lines)
                    .contains("event:inbox-item", "id:streamed-1", ":heartbeat")
                    .anySatisfy(line -> assertThat(line).startsWith("data:").contains("\"title\":\"HB 1 passed\"")));
            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("Not mine"));
        }
        finally {
            response.body().close();
            reader.interrupt();
        }
    }

    @Test
    void theInboxNeedsASignedInUser() {
        assertThat(new Api(port).get(INBOX, null).statusCode()).isEqualTo(401);
        assertThat(new Api(port).get(INBOX + "/stream", null).statusCode()).isEqualTo(401);
    }
}

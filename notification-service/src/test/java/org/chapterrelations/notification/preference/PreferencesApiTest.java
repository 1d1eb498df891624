package org.chapterrelations.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.chapterrelations.notification.support.Api;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.chapterrelations.platform.test.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class PreferencesApiTest {

    private static final String PATH = "/api/notifications/me/preferences";

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    @Test
    void aNewAccountStartsWithEmailAndInAppOnAndStaffOptIntoReceipts() {
        String token = identity.token("pref-new-staff", List.of("staff"), null);

        HttpResponse<String> response = new Api(port).get(PATH, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"recipientId\":\"pref-new-staff\"", "\"email\":true",
                "\"webhook\":false", "\"in-app\":true", "\"survey-receipts\":false", "\"legislation\":true",
                "\"deliveryMode\":\"immediate\"");
    }

    @Test
    void anOfficerSetsEmailWebhookQuietHoursAndDigestAndReadsThemBackWithoutTheSecret() {
        String token = identity.token("pref-officer", List.of("chapter-officer"), "CA");
        Api api = new Api(port);

        HttpResponse<String> saved = api.put(PATH, token, """
                {"email":"officer@cla.example","webhook":{"url":"https://hooks.cla.example/in","secret":"0123456789abcdef"},
                 "channels":{"webhook":true,"email":false},"topics":{"campaigns":false},
                 "deliveryMode":"daily-digest","quietHours":{"start":"22:00","end":"07:00","timeZone":"America/Los_Angeles"}}""");

        assertThat(saved.statusCode()).isEqualTo(200);
        String body = api.get(PATH, token).body();
        assertThat(body).contains("\"email\":\"officer@cla.example\"", "\"url\":\"https://hooks.cla.example/in\"",
                "\"secretSet\":true", "\"webhook\":true", "\"email\":false", "\"campaigns\":false",
                "\"deliveryMode\":\"daily-digest\"", "\"timeZone\":\"America/Los_Angeles\"", "\"start\":\"22:00:00\"")
                .doesNotContain("0123456789abcdef");
    }

    @Test
    void invalidPreferencesAreRefusedNamingEveryFieldAtFault() {
        HttpResponse<String> response = new Api(port).put(PATH, identity.staffToken(), """
                {"email":"not-an-address","webhook":{"url":"ftp://x","secret":"short"},
                 "channels":{"pager":true},"topics":{"legislation":null},
                 "quietHours":{"start":"25:00","end":"07:00","timeZone":"Mars/Olympus"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"email\"", "\"field\":\"webhook.url\"",
                "\"field\":\"webhook.secret\"", "\"field\":\"channels.pager\"", "\"field\":\"topics.legislation\"",
                "\"field\":\"quietHours.start\"", "\"field\":\"quietHours.timeZone\"");
    }

    @Test
    void anUnknownDeliveryModeIsNamed() {
        HttpResponse<String> response = new Api(port).put(PATH, identity.staffToken(), "{\"deliveryMode\":\"hourly\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"deliveryMode\"");
    }

    @Test
    void preferencesNeedASignedInUser() {
        assertThat(new Api(port).get(PATH, null).statusCode()).isEqualTo(401);
    }
}

package org.chapterrelations.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PublicRoutesTest extends GatewayTestSupport {

    @Test
    void anonymousMayListAndReadBills() {
        client.get().uri("/api/legislation/bills?page=0&size=20").exchange().expectStatus().isOk();
        client.get().uri("/api/legislation/bills/AB-7").exchange().expectStatus().isOk();

        assertThat(LEGISLATION.received()).hasSize(2);
    }

    @Test
    void anonymousMayNotWriteBillsNorReadOtherLegislation() {
        client.post().uri("/api/legislation/bills").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/legislation/billsummary").exchange().expectStatus().isUnauthorized();

        assertThat(LEGISLATION.received()).isEmpty();
    }

    @Test
    void oneClickUnsubscribeIsRoutedWithoutAToken() {
        // The notification service is down in these tests: 503 shows the request got past security.
        client.get().uri("/api/notifications/unsubscribe?token=signed").exchange().expectStatus().isEqualTo(503);
        client.post().uri("/api/notifications/unsubscribe?token=signed").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void restOfNotificationsNeedsAToken() {
        client.get().uri("/api/notifications/me/inbox").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/api/notifications/unsubscribe").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anonymousMayNotWriteToTheDirectory() {
        client.delete().uri("/api/directory/chapters/CA").exchange().expectStatus().isUnauthorized();

        assertThat(DIRECTORY.received()).isEmpty();
    }
}

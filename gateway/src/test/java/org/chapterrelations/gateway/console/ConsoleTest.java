package org.chapterrelations.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.chapterrelations.gateway.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

/** The web console's page and files: served to anyone, revalidated by ETag, under a self-only CSP. */
class ConsoleTest extends GatewayTestSupport {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' http://localhost:9000; frame-src 'self' http://localhost:9000; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Test
    void pageIsServedAtTheRootToAnonymousCallersUnderTheContentSecurityPolicy() {
        client.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", POLICY)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<script type=\"module\" src=\"/assets/js/app.js\"></script>")
                        .doesNotContain("style=", "onclick="));
        client.get().uri("/index.html").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void onlyTheSilentSignInPageMayBeFramedAndOnlyByTheConsoleItself() {
        client.get().uri("/assets/silent-sign-in.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
                .expectHeader().valueEquals("Content-Security-Policy", POLICY.replace("frame-ancestors 'none'",
                        "frame-ancestors 'self'"))
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<script type=\"module\" src=\"/assets/js/silent-sign-in.js\"></script>"));
        client.get().uri("/assets/js/app.js").exchange()
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void pageAndScriptsAnswer304WhileTheirContentIsUnchanged() {
        String pageEtag = client.get().uri("/").exchange().returnResult(String.class)
                .getResponseHeaders().getETag();
        String scriptEtag = client.get().uri("/assets/js/app.js").exchange().returnResult(String.class)
                .getResponseHeaders().getETag();

        client.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, pageEtag).exchange().expectStatus().isNotModified();
        client.get().uri("/assets/js/app.js").header(HttpHeaders.IF_NONE_MATCH, scriptEtag).exchange()
                .expectStatus().isNotModified();
        assertThat(scriptEtag).isNotEqualTo(pageEtag);
    }

    @Test
    void scriptsAndStylesAreServedWithTheirTypesAndPolicy() {
        client.get().uri("/assets/js/app.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals("Content-Security-Policy", POLICY)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        client.get().uri("/assets/css/console.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css");
        client.get().uri("/assets/js/no-such-file.js").exchange().expectStatus().isNotFound();
    }

    @Test
    void scriptsAreCompressedForBrowsersThatAcceptIt() {
        // the default test client unpacks gzip out of sight; this one shows the wire
        WebTestClient raw = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
                .baseUrl("http://localhost:" + port).build();
        raw.get().uri("/assets/js/app.js").header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
    }

    @Test
    void configurationNamesTheIdentityProvidersEndpointsAndTheConsolesClient() {
        client.get().uri("/console-config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.clientId").isEqualTo("web-console")
                .jsonPath("$.authorizeUrl").isEqualTo("http://localhost:9000/oauth2/authorize")
                .jsonPath("$.tokenUrl").isEqualTo("http://localhost:9000/oauth2/token")
                .jsonPath("$.logoutUrl").isEqualTo("http://localhost:9000/connect/logout");
    }

    @Test
    void apiAnswersGetNoContentSecurityPolicyAndStayUncacheable() {
        client.get().uri("/api/directory/chapters").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void writingToTheConsolesPathsStillNeedsAToken() {
        client.post().uri("/").exchange().expectStatus().isUnauthorized();
        client.get().uri("/console-secrets").exchange().expectStatus().isUnauthorized();
    }
}

package org.chapterrelations.gateway.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Where the web console signs its users in: {@code gateway.console.*}. The paths default to the embedded
 * auth server's; a Keycloak realm sets its own ({@code /realms/<realm>/protocol/openid-connect/auth}, ...).
 *
 * @param authUrl       the identity provider's base URL as the browser reaches it (env {@code CONSOLE_AUTH_URL},
 *                      default the token issuer)
 * @param clientId      the public OAuth2 client the console is registered as
 * @param authorizePath authorization endpoint, relative to {@code authUrl}
 * @param tokenPath     token endpoint, relative to {@code authUrl}
 * @param logoutPath    OpenID Connect RP-initiated logout endpoint, relative to {@code authUrl}
 * @param location      where the console's files are: the web-console jar ({@code classpath:/web-console/}), or
 *                      while working on them their source folder ({@code file:web-console/src/main/resources/web-console/},
 *                      env {@code CONSOLE_LOCATION}), read afresh on every request
 */
@Validated
@ConfigurationProperties("gateway.console")
public record ConsoleProperties(
        @NotBlank @Pattern(regexp = "https?://[^/?#]+(/.*)?") String authUrl,
        @NotBlank String clientId,
        @NotBlank String authorizePath,
        @NotBlank String tokenPath,
        @NotBlank String logoutPath,
        @NotBlank String location) {

    public ConsoleProperties {
        authUrl = authUrl == null ? null : authUrl.replaceAll("/+$", "");
        location = location == null || location.endsWith("/") ? location : location + "/";
    }

    /** Files from a folder may change while the gateway runs: nothing about them is kept between requests. */
    public boolean liveFiles() {
        return location.startsWith("file:");
    }

    /** Scheme, host and port of the identity provider: the only other origin the console's scripts may call. */
    public String authOrigin() {
        URI uri = URI.create(authUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** What the browser app needs to run the authorization-code flow, served as {@code /console-config.json}. */
    public ConsoleConfig browserConfig() {
        return new ConsoleConfig(clientId, authUrl + authorizePath, authUrl + tokenPath, authUrl + logoutPath);
    }

    public record ConsoleConfig(String clientId, String authorizeUrl, String tokenUrl, String logoutUrl) {
    }
}

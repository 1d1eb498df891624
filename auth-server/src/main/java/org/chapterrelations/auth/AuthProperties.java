package org.chapterrelations.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the local identity provider.
 *
 * @param keyFile    JWK JSON file holding the RSA signing key, created on first start
 * @param demoUsers  the seeded users who can sign in
 * @param webOrigins origins of browser apps (the web console) allowed to call the token endpoint and JWKS
 */
@Validated
@ConfigurationProperties("auth")
public record AuthProperties(@NotNull Path keyFile, @NotEmpty List<@Valid DemoUser> demoUsers,
        List<@Pattern(regexp = "https?://[^/?#]+") String> webOrigins) {

    public AuthProperties {
        webOrigins = webOrigins == null ? List.of()
                : webOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

    /**
     * A seeded user.
     *
     * @param roles     platform role names, without the ROLE_ prefix
     * @param chapterId the chapter code a chapter officer speaks for; absent for other users
     */
    public record DemoUser(
            @NotBlank String username,
            @NotBlank String password,
            @NotEmpty List<@Pattern(regexp = "staff|chapter-officer|admin") String> roles,
            String chapterId) {
    }

    public Optional<DemoUser> demoUser(String username) {
        return demoUsers.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}

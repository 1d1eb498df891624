package org.chapterrelations.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimConverterTest {

    private final RolesClaimConverter converter = new RolesClaimConverter();

    @Test
    void rolesClaimBecomesRoleAuthoritiesAndSubjectBecomesTheName() {
        var authentication = converter.convert(jwt(Map.of("roles", List.of("staff", "admin")))).block();

        assertThat(authentication.getName()).isEqualTo("alice");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_staff", "ROLE_admin");
    }

    @Test
    void keycloakRealmRolesAreReadWhenThereIsNoRolesClaim() {
        var authentication = converter.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("chapter-officer")))))
                .block();

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_chapter-officer");
    }

    @Test
    void tokenWithoutRolesHasNoAuthorities() {
        assertThat(converter.convert(jwt(Map.of("scope", "openid"))).block().getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("alice").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claims(c -> c.putAll(claims)).build();
    }
}

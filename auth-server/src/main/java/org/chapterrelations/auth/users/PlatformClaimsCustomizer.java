package org.chapterrelations.auth.users;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chapterrelations.auth.AuthProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the claims the platform's resource servers authorize on: the API's audience on every access
 * token (the gateway and the services refuse tokens meant for anything else), {@code roles} (role
 * names without the ROLE_ prefix) and, for chapter officers, {@code chapter_id}.
 */
@Component
class PlatformClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES_CLAIM = "roles";
    static final String CHAPTER_CLAIM = "chapter_id";
    private static final String ROLE_PREFIX = "ROLE_";

    private final AuthProperties properties;
    private final String apiAudience;

    PlatformClaimsCustomizer(AuthProperties properties, @Value("${auth.api-audience}") String apiAudience) {
        this.properties = properties;
        this.apiAudience = apiAudience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // The client's id stays in the audience (the authorization server puts it there) next to the API's.
            context.getClaims().claims(claims -> claims.put(JwtClaimNames.AUD, withApiAudience(claims.get(JwtClaimNames.AUD))));
        }
        // A client_credentials token speaks for a service, not a user: scopes only, no roles.
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                || !isAccessOrIdToken(context.getTokenType())) {
            return;
        }
        Authentication user = context.getPrincipal();
        context.getClaims().claim(ROLES_CLAIM, roleNames(user));
        properties.demoUser(user.getName())
                .map(AuthProperties.DemoUser::chapterId)
                .filter(chapterId -> !chapterId.isBlank())
                .ifPresent(chapterId -> context.getClaims().claim(CHAPTER_CLAIM, chapterId));
    }

    private List<String> withApiAudience(Object audience) {
        Set<String> audiences = new LinkedHashSet<>();
        if (audience instanceof Collection<?> values) {
            values.forEach(value -> audiences.add(value.toString()));
        } else if (audience != null) {
            audiences.add(audience.toString());
        }
        audiences.add(apiAudience);
        return List.copyOf(audiences);
    }

    private static boolean isAccessOrIdToken(OAuth2TokenType type) {
        return OAuth2TokenType.ACCESS_TOKEN.equals(type) || OidcParameterNames.ID_TOKEN.equals(type.getValue());
    }

    // Spring Security 7 also grants FACTOR_* authorities at login: keep the ROLE_ ones only.
    private static List<String> roleNames(Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
    }
}

package org.chapterrelations.platform.web.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling: subject, roles and, for a chapter officer, their chapter. Anonymous when unauthenticated. */
public record Caller(String subject, Set<String> roles, String chapterId) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            return ANONYMOUS;
        }
        Set<String> roles = jwt.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(jwt.getName(), roles, jwt.getToken().getClaimAsString(Roles.CHAPTER_ID_CLAIM));
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean isStaff() {
        return roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN);
    }

    /** Staff act for every chapter; a chapter officer for their own chapter only. */
    public boolean actsFor(String chapter) {
        return isStaff() || (roles.contains(Roles.CHAPTER_OFFICER) && chapterId != null
                && chapterId.equalsIgnoreCase(chapter));
    }

    public Optional<String> chapter() {
        return Optional.ofNullable(chapterId);
    }
}

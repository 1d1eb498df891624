package org.chapterrelations.legislation;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may read bills (the service shows anonymous callers only tracked bills with a public position);
 * chapter officers read everything and report campaign actions (for their own chapter, checked by the
 * service); every other write is for staff and admins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain legislationSecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/legislation/bills", "/api/legislation/bills/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/legislation/campaigns/*/actions")
                .hasAnyRole(Roles.CHAPTER_OFFICER, Roles.STAFF, Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/legislation/bills.csv", "/api/legislation/summary",
                        "/api/legislation/campaigns", "/api/legislation/campaigns/**")
                .hasAnyRole(Roles.CHAPTER_OFFICER, Roles.STAFF, Roles.ADMIN)
                .requestMatchers("/api/legislation/**").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

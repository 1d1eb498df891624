package org.chapterrelations.legislation;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Public bill pages are open to all; campaign targeting is for office staff. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain legislationSecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/legislation/bills/**").permitAll()
                .requestMatchers("/api/legislation/campaign-targets/**").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

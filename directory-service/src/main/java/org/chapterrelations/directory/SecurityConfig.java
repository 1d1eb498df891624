package org.chapterrelations.directory;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public may read the directory (the services hide private fields); staff and admins change it.
 * Chapter officers' own-chapter edits are checked in the services with {@code Caller}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain directorySecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/directory/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/directory/chapters").hasAnyRole(Roles.STAFF, Roles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/directory/imports/**").hasAnyRole(Roles.STAFF, Roles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/directory/chapters/*/retire",
                        "/api/directory/chapters/*/reactivate").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

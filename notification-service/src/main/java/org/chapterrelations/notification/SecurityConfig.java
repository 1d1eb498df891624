package org.chapterrelations.notification;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The recipients' read model is for office staff; every other endpoint needs a signed-in user. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http,
                rules -> rules.requestMatchers("/api/notifications/chapters/**").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

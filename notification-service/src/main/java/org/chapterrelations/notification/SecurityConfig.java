package org.chapterrelations.notification;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.DispatcherType;

/**
 * The recipients' read model, the delivery log and template previews are for office staff; unsubscribe
 * links work without signing in (their token is signed); every other endpoint needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http,
                rules -> rules
                        // A stream's later async dispatches carry no token: the first request was checked.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/notifications/unsubscribe").permitAll()
                        .requestMatchers("/api/notifications/chapters/**", "/api/notifications/deliveries/**",
                                "/api/notifications/templates/**").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

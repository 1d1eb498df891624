package org.chapterrelations.survey;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Nothing here is public: the roster is for office staff. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain surveySecurity(HttpSecurity http) throws Exception {
        return PlatformSecurity.build(http,
                rules -> rules.requestMatchers("/api/surveys/roster/**").hasAnyRole(Roles.STAFF, Roles.ADMIN));
    }
}

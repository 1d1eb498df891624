package org.chapterrelations.survey;

import org.chapterrelations.platform.web.security.PlatformSecurity;
import org.chapterrelations.platform.web.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Nothing is public. Chapter officers read the survey window and the published questionnaire, and work
 * on reports (their own chapter's only: checked in ReportAccess with Caller.actsFor); everything else
 * (questionnaire writing, the window, status, results, exports, the roster) is for staff.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain surveySecurity(HttpSecurity http) throws Exception {
        String[] staff = { Roles.STAFF, Roles.ADMIN };
        return PlatformSecurity.build(http, rules -> rules
                .requestMatchers("/api/surveys/roster/**", "/api/surveys/results/**").hasAnyRole(staff)
                .requestMatchers(HttpMethod.POST, "/api/surveys/*/reports/*/reopen").hasAnyRole(staff)
                .requestMatchers(HttpMethod.GET, "/api/surveys/*/reports/*/print").authenticated()
                .requestMatchers("/api/surveys/*/reports/*", "/api/surveys/*/reports/*/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/surveys/*", "/api/surveys/*/questionnaire").authenticated()
                .requestMatchers("/api/surveys/**").hasAnyRole(staff));
    }
}

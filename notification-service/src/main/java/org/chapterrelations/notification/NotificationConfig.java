package org.chapterrelations.notification;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This service's settings, and one clock for schedules (quiet hours, digests, retries) so tests can move time instead of waiting. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

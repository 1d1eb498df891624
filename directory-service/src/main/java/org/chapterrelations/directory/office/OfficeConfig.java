package org.chapterrelations.directory.office;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@link OfficeAnnouncer} on its schedule. "Today" for terms of office comes from the
 * application's clock, in UTC: a term starting on a date starts at 00:00 UTC that day. Tests pass the
 * day explicitly to {@link OfficeAnnouncer#announceDueOn}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OfficeConfig {
}

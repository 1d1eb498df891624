package org.chapterrelations.legislation.campaign;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Closes launched campaigns once their deadline has passed (checked every {@code legislation.campaigns.deadline-check}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CampaignDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CampaignDeadlines.class);

    private final CampaignService campaigns;
    private final Clock clock;

    CampaignDeadlines(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${legislation.campaigns.deadline-check:PT10M}",
            fixedDelayString = "${legislation.campaigns.deadline-check:PT10M}")
    void closePassedDeadlines() {
        try {
            int closed = campaigns.closeExpired(LocalDate.now(clock));
            if (closed > 0) {
                log.info("Closed {} campaign(s) whose deadline passed", closed);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Campaign deadline check failed; will retry: {}", ex.getMessage());
        }
    }
}

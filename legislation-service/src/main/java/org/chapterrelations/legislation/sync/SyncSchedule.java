package org.chapterrelations.legislation.sync;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls each enabled source every {@code interval} (the first time one interval after start), on the sync's
 * own threads so that a long run holds up no other scheduled job. A source another run holds is skipped.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SyncProperties.class)
class SyncSchedule {

    private final SyncSources sources;
    private final SyncRuns runs;

    SyncSchedule(SyncSources sources, SyncRuns runs) {
        this.sources = sources;
        this.runs = runs;
    }

    @Bean
    static Sleeper sleeper() {
        return duration -> Thread.sleep(Math.max(0, duration.toMillis()));
    }

    @Scheduled(initialDelayString = "${legislation.sync.open-states.interval:PT1H}",
            fixedDelayString = "${legislation.sync.open-states.interval:PT1H}")
    void pollOpenStates() {
        poll("open-states");
    }

    @Scheduled(initialDelayString = "${legislation.sync.congress.interval:PT1H}",
            fixedDelayString = "${legislation.sync.congress.interval:PT1H}")
    void pollCongress() {
        poll("congress");
    }

    private void poll(String provider) {
        sources.of(provider).stream().filter(BillSource::enabled).forEach(source -> runs.start(source, "schedule"));
    }
}

package org.chapterrelations.legislation;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Bills that affect libraries, the office's positions on them, and advocacy campaigns. */
@SpringBootApplication
public class LegislationApplication {

    /** Timestamps of bills and campaigns, and campaign deadlines, in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(LegislationApplication.class, args);
    }
}

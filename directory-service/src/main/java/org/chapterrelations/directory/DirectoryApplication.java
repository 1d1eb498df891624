package org.chapterrelations.directory;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The chapter directory: chapters, their leaders and terms of office. */
@SpringBootApplication
public class DirectoryApplication {

    /** Today's date for terms of office and registrations, in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(DirectoryApplication.class, args);
    }
}

package org.chapterrelations.survey;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The yearly State of the Chapter report: questionnaires, chapter reports, and who still owes one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SurveyApplication {

    /** "Today" for survey windows, deadlines and reminders, in UTC; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(SurveyApplication.class, args);
    }
}

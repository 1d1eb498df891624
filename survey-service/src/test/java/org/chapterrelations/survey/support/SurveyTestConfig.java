package org.chapterrelations.survey.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the tests set. */
@TestConfiguration(proxyBeanMethods = false)
public class SurveyTestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}

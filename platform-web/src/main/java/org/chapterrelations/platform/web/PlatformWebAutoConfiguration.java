package org.chapterrelations.platform.web;

import org.chapterrelations.platform.web.problem.ProblemDetailsAdvice;
import org.chapterrelations.platform.web.problem.ProblemResponses;
import org.chapterrelations.platform.web.tomcat.TomcatProblemCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem+json error handling for every servlet service, Tomcat's own error answers included. Security rules
 * stay with each service. Runs before Boot's MVC configuration, whose own ResponseEntityExceptionHandler backs
 * off when ours exists.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import(ProblemDetailsAdvice.class)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    TomcatProblemCustomizer tomcatProblemCustomizer() {
        return new TomcatProblemCustomizer();
    }

    /**
     * Spring Security's firewall refuses some paths before any filter runs (an encoded {@code ;}, {@code %},
     * {@code /} or a non-character); its own handler answers 400 with an empty body. Spring Security uses this
     * bean instead.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, ex) -> ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                "The request's path or parameters hold characters that are not allowed.");
    }
}

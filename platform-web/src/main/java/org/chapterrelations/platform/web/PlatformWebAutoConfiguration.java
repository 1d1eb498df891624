package org.chapterrelations.platform.web;

import org.chapterrelations.platform.web.problem.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Problem+json error handling for every servlet service. Security rules stay with each service. Runs
 * before Boot's MVC configuration, whose own ResponseEntityExceptionHandler backs off when ours exists.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import(ProblemDetailsAdvice.class)
public class PlatformWebAutoConfiguration {
}

package org.chapterrelations.platform.web;

import org.chapterrelations.platform.web.problem.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Problem+json error handling for every servlet service. Security rules stay with each service. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class PlatformWebAutoConfiguration {
}

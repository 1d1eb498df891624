package org.chapterrelations.survey.report;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a report save, as the API documents it. {@link JsonBody} reads it itself (to refuse an
 * oversized body before parsing), so this record only gives the OpenAPI document its shape.
 */
@Schema(description = "The working answers, keyed by question key; each one present is validated.")
record ReportAnswers(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> answers) {
}

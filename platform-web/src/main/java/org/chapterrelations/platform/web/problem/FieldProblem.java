package org.chapterrelations.platform.web.problem;

/** One entry of a problem document's {@code errors[]}: the field at fault and what is wrong with it. */
public record FieldProblem(String field, String message) {
}

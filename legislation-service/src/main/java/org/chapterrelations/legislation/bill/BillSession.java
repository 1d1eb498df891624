package org.chapterrelations.legislation.bill;

/** A legislative session: its identifier as the legislature writes it ({@code 2025-2026}, {@code 119}) and name. */
public record BillSession(String identifier, String name) {
}

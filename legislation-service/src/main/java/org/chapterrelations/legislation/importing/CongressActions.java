package org.chapterrelations.legislation.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Congress.gov actions carry free text and action codes, not Open States' classifications: this maps the
 * texts that move a bill's status (introduced, referred, passed, presented, signed, vetoed, became law, failed).
 */
final class CongressActions {

    private static final Pattern INTRODUCED = Pattern.compile("^introduced in (the )?(house|senate)");
    private static final Pattern REFERRED = Pattern.compile("referred to ");
    private static final Pattern PASSED = Pattern.compile(
            "(^passed (house|senate)|passed/agreed to in (house|senate)|agreed to in (the )?(house|senate)"
                    + "|^on passage passed)");
    private static final Pattern OVERRIDE = Pattern.compile("passed over veto|veto overridden");

    private CongressActions() {
    }

    static List<String> classify(String text, String actionCode) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (OVERRIDE.matcher(lower).find()) {
            return List.of("veto-override-passage");
        }
        if (lower.startsWith("became public law") || "36000".equals(actionCode)) {
            return List.of("became-law");
        }
        if (lower.startsWith("signed by president") || "29000".equals(actionCode)) {
            return List.of("executive-signature");
        }
        if (lower.startsWith("vetoed by president") || "31000".equals(actionCode)) {
            return List.of("executive-veto");
        }
        if (lower.startsWith("presented to president") || "28000".equals(actionCode)) {
            return List.of("executive-receipt");
        }
        if (lower.startsWith("failed of passage") || lower.startsWith("failed passage")) {
            return List.of("failure");
        }
        if (PASSED.matcher(lower).find() || "8000".equals(actionCode) || "17000".equals(actionCode)) {
            return List.of("passage");
        }
        if (INTRODUCED.matcher(lower).find() || "1000".equals(actionCode) || "10000".equals(actionCode)) {
            return List.of("introduction");
        }
        if (REFERRED.matcher(lower).find()) {
            return List.of("referral-committee");
        }
        return List.of();
    }

    /** The chamber an action happened in: the one its text names, else its source system's, else the bill's origin. */
    static String chamber(String text, String sourceSystem, List<String> classifications, String originChamber) {
        if (classifications.contains("executive-receipt") || classifications.contains("executive-signature")
                || classifications.contains("executive-veto") || classifications.contains("became-law")) {
            return "executive";
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("passed senate") || lower.contains("in senate") || lower.contains("in the senate")) {
            return "upper";
        }
        if (lower.contains("passed house") || lower.contains("in house") || lower.contains("in the house")) {
            return "lower";
        }
        String system = sourceSystem == null ? "" : sourceSystem.toLowerCase(Locale.ROOT);
        if (system.contains("senate")) {
            return "upper";
        }
        if (system.contains("house")) {
            return "lower";
        }
        return originChamber;
    }
}

package org.chapterrelations.localstack.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.localstack.DemoTokens;
import org.chapterrelations.localstack.RunningStack;

/**
 * Loads the local run's sample data through the gateway's public API, as the demo users would, so that it
 * flows to every service as real events: chapters and student chapters, officers with past, current and
 * scheduled terms, staff subscriptions, a watch rule, bills in several states and Congress, a campaign, and
 * two years of the State of the Chapter survey. Every item is marked or named as sample data, and every part
 * first looks for what it would load, so a second run adds nothing. Only the interactive local run seeds;
 * tests start from an empty store.
 */
public final class SampleDataSeeder {

    private final RunningStack stack;
    private final List<SamplePart> parts;

    public SampleDataSeeder(RunningStack stack) {
        this(stack, List.of(new SampleChapters(), new SampleOfficers(), new SampleSubscriptions(),
                new SampleLegislation(), new SampleSurveys()));
    }

    private SampleDataSeeder(RunningStack stack, List<SamplePart> parts) {
        this.stack = stack;
        this.parts = parts;
    }

    /** Only the sample chapters: for tests that bring their own bills, officers and surveys. */
    public static SampleDataSeeder chaptersOnly(RunningStack stack) {
        return new SampleDataSeeder(stack, List.of(new SampleChapters()));
    }

    /** What one seeding run did, part by part. */
    public record SeedReport(List<SamplePart.PartResult> parts) {

        public String summary() {
            StringBuilder summary = new StringBuilder("Sample data:");
            parts.forEach(part -> summary.append("\n  ").append(part.summary()));
            return summary.toString();
        }

        /** Every refusal, one per line; empty when everything loaded or was already there. */
        public String refusals() {
            return String.join("\n", parts.stream().flatMap(part -> part.refusals().stream()
                    .map(refusal -> part.part() + ": " + refusal)).toList());
        }

        public int loaded(String part) {
            return find(part).loaded();
        }

        public int alreadyPresent(String part) {
            return find(part).alreadyPresent();
        }

        private SamplePart.PartResult find(String part) {
            return parts.stream().filter(result -> result.part().equals(part)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no part " + part + " in this run"));
        }
    }

    public SeedReport seed() throws InterruptedException {
        String token = new DemoTokens(stack.authUrl()).accessToken("staff");
        SampleContext context = new SampleContext(new SampleApi(stack.gatewayUrl(), token),
                LocalDate.now(ZoneOffset.UTC));
        List<SamplePart.PartResult> results = new ArrayList<>();
        for (SamplePart part : parts) {
            if (!stack.options().services().containsAll(part.needs())) {
                continue;
            }
            try {
                results.add(part.load(context));
            } catch (SampleApi.SampleRefused e) {
                results.add(new SamplePart.PartResult(part.name(), 0, 0, List.of(e.getMessage())));
            }
        }
        return new SeedReport(results);
    }
}

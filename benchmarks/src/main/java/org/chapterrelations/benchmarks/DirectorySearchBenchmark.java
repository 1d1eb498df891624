package org.chapterrelations.benchmarks;

import java.util.List;

import org.chapterrelations.localstack.DemoTokens;

/**
 * Issue 3's benchmark: search over 5,000 chapters and 50,000 people against a running directory-service.
 * Loads the data set into its MongoDB if absent, warms up, then times sequential searches of chapters
 * and of people and prints a Markdown table.
 */
public final class DirectorySearchBenchmark {

    private DirectorySearchBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        String loaded = new DataSetLoader(options.mongo()).ensureLoaded();
        System.out.println(loaded);
        if (!loaded.endsWith("reused")) {
            // People written straight into the store have no search entries until directory-service builds them.
            System.out.println("Restart directory-service (it builds its people search entries at start-up from"
                    + " people it finds without any), then run this again.");
            System.exit(3);
        }
        String token = options.token() != null ? options.token()
                : new DemoTokens(options.authUrl()).accessToken("staff");
        SearchLoad load = new SearchLoad(options.url(), token);
        System.out.printf("Against %s: %s matches \"%s\", %s matches \"%s\"%n", options.url(),
                load.totalOf(QueryMix.CHAPTERS, 0), QueryMix.CHAPTERS.query(0),
                load.totalOf(QueryMix.PEOPLE, 0), QueryMix.PEOPLE.query(0));
        System.out.printf("Warm-up %d, then %d measured requests per search, one at a time%n%n",
                options.warmup(), options.requests());
        SearchLoad.Run chapters = load.run(QueryMix.CHAPTERS, options.warmup(), options.requests());
        SearchLoad.Run people = load.run(QueryMix.PEOPLE, options.warmup(), options.requests());
        System.out.println(LatencyStats.markdownHeader());
        System.out.println(chapters.all().markdownRow("chapters `GET /api/directory/chapters?q=`"));
        System.out.println(people.all().markdownRow("people `GET /api/directory/people?q=`"));
        System.out.println();
        System.out.println("Median of each query:");
        chapters.medianAndMatchesByQuery().forEach((q, figures) ->
                System.out.printf("  chapters %-22s %s%n", '"' + q + '"', figures));
        people.medianAndMatchesByQuery().forEach((q, figures) ->
                System.out.printf("  people   %-22s %s%n", '"' + q + '"', figures));
    }
}

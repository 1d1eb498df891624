package org.chapterrelations.benchmarks;

import java.util.List;

/**
 * What to measure and against what. Flags are {@code --name=value}.
 *
 * @param url      the directory-service (or the gateway, which routes {@code /api/directory/**} to it)
 * @param mongo    the directory's MongoDB, where the data set is written directly
 * @param authUrl  the auth server a staff token is asked from, unless {@code token} is given
 * @param token    a bearer token to use as is
 * @param warmup   requests sent and not measured, per search
 * @param requests requests measured, per search
 */
record BenchmarkOptions(String url, String mongo, String authUrl, String token, int warmup, int requests) {

    static final String USAGE = """
            Usage: java -jar benchmarks/target/benchmarks.jar [options]
              --url=URL        directory-service or gateway (default http://localhost:8081)
              --mongo=URI      the directory's MongoDB (default mongodb://localhost:27017/directory)
              --auth-url=URL   auth server for a staff token (default http://localhost:9000)
              --token=JWT      use this bearer token instead of logging in as staff
              --warmup=N       unmeasured requests per search (default 200)
              --requests=N     measured requests per search (default 2000)
            """;

    static BenchmarkOptions parse(List<String> args) {
        BenchmarkOptions options = new BenchmarkOptions("http://localhost:8081", "mongodb://localhost:27017/directory",
                "http://localhost:9000", null, 200, 2000);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            String value = arg.substring(eq + 1);
            options = switch (arg.substring(2, eq)) {
                case "url" -> new BenchmarkOptions(stripSlash(value), options.mongo, options.authUrl, options.token,
                        options.warmup, options.requests);
                case "mongo" -> new BenchmarkOptions(options.url, value, options.authUrl, options.token,
                        options.warmup, options.requests);
                case "auth-url" -> new BenchmarkOptions(options.url, options.mongo, stripSlash(value), options.token,
                        options.warmup, options.requests);
                case "token" -> new BenchmarkOptions(options.url, options.mongo, options.authUrl, value,
                        options.warmup, options.requests);
                case "warmup" -> new BenchmarkOptions(options.url, options.mongo, options.authUrl, options.token,
                        Integer.parseInt(value), options.requests);
                case "requests" -> new BenchmarkOptions(options.url, options.mongo, options.authUrl, options.token,
                        options.warmup, Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            };
        }
        return options;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

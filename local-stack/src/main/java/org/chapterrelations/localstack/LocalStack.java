package org.chapterrelations.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.chapterrelations.localstack.sample.SampleDataSeeder;

/**
 * Runs the whole platform on this machine without Docker: FerretDB (a MongoDB-compatible server), a KRaft Kafka broker,
 * the auth server, the four domain services and the gateway, each as a child JVM.
 */
public final class LocalStack {

    private static final String USAGE = """
            Usage: run-local.sh [options]                     start the stack; Ctrl-C stops it
                   run-local.sh [options] token <user> [pw]   print an access token (demo users:
                                                              staff, officer-ca, admin)
                   run-local.sh [options] dlq-replay <dlq-topic>  send a dead-letter topic's records
                                                              back to their original topic (after a fix)
                   run-local.sh [options] cds-archives        make the class data sharing archives the
                                                              build lacks (run-local.sh does after a build)
            Options:
              --data-dir=DIR      data and logs (default <repo>/data; env LOCAL_STACK_DATA_DIR)
              --port-offset=N     add N to every port (env LOCAL_STACK_PORT_OFFSET)
              --store=BACKEND     FerretDB's backend: sqlite (default, files in <data>/ferretdb) or
                                  postgresql (Debian's server, run by the stack from <data>/postgresql;
                                  env LOCAL_STACK_STORE)
              --services=a,b      run only these Spring apps (default: all)
              --sequential        start the domain services one by one
              --no-cds            start the Spring apps without class data sharing archives
                                  (made once per build, kept in ~/.cache/chapter-relations-platform/cds)
              --timeout=SECONDS   how long each process may take to get ready (default 180)
              --repo-root=DIR     checkout whose <module>/target/<module>.jar are run
              --no-seed           do not load the sample data (chapters, officers, bills, surveys)
            """;

    private LocalStack() {
    }

    /** Starts everything and returns once all of it is ready; close the handle to stop it. */
    public static RunningStack start(StackOptions options) {
        return new StackStarter(options).start();
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> rest = new ArrayList<>();
        List<String> flags = new ArrayList<>(List.of(args));
        boolean seed = !flags.remove("--no-seed");
        StackOptions options;
        try {
            options = StackOptions.parse(flags, System.getenv(), rest);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + USAGE);
            System.exit(2);
            return;
        }
        if (!rest.isEmpty() && rest.get(0).equals("token")) {
            System.exit(printToken(options, rest));
        }
        if (!rest.isEmpty() && rest.get(0).equals("cds-archives")) {
            System.exit(prepareClassDataSharing(options));
        }
        if (!rest.isEmpty() && rest.get(0).equals("dlq-replay")) {
            System.exit(replayDeadLetters(options, rest));
        }
        if (!rest.isEmpty()) {
            boolean asked = rest.get(0).equals("help");
            (asked ? System.out : System.err).print(USAGE);
            System.exit(asked ? 0 : 2);
        }
        run(options, seed);
    }

    private static void run(StackOptions options, boolean seed) throws InterruptedException {
        System.out.println("Starting the local stack (data: " + options.dataDir() + ", logs: " + options.logDir() + ")");
        RunningStack stack;
        try {
            stack = start(options);
        } catch (StartupFailedException e) {
            System.err.println("\nLocal stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        stack.printTable(System.out);
        if (seed) {
            try {
                System.out.println(new SampleDataSeeder(stack).seed().summary());
            } catch (RuntimeException e) {
                System.err.println("Sample data not loaded: " + e.getMessage());
            }
        }
        for (ChildProcess child : stack.children()) {
            child.onExit().thenRun(() -> {
                if (!stack.isClosed()) {
                    System.err.println("\n" + child.name() + " exited with code " + child.exitValue() + ":\n"
                            + LogTail.of(child.log(), 20));
                }
            });
        }
        // The shutdown hook registered by the stack stops the children on Ctrl-C or SIGTERM.
        new CountDownLatch(1).await();
    }

    private static int prepareClassDataSharing(StackOptions options) {
        try {
            new StackStarter(options).prepareClassDataSharing();
            return 0;
        } catch (StartupFailedException e) {
            System.err.println("Class data sharing archives not made: " + e.getMessage());
            return 1;
        }
    }

    private static int replayDeadLetters(StackOptions options, List<String> rest) throws InterruptedException {
        if (rest.size() != 2 || !rest.get(1).endsWith(".dlq")) {
            System.err.println("Name one dead-letter topic, e.g. directory.chapters.v1.survey-service.dlq\n\n" + USAGE);
            return 2;
        }
        DeadLetterReplay.Outcome outcome = new DeadLetterReplay(options.ports().kafkaBootstrap()).replay(rest.get(1));
        System.out.println("Re-sent " + outcome.replayed() + " dead letters from " + rest.get(1)
                + (outcome.skipped() == 0 ? "" : "; skipped " + outcome.skipped() + " without x-original-topic"));
        return 0;
    }

    private static int printToken(StackOptions options, List<String> rest) {
        if (rest.size() < 2) {
            System.err.println(USAGE);
            return 2;
        }
        DemoTokens tokens = new DemoTokens(options.ports().authUrl());
        try {
            System.out.println(rest.size() > 2 ? tokens.accessToken(rest.get(1), rest.get(2))
                    : tokens.accessToken(rest.get(1)));
            return 0;
        } catch (RuntimeException e) {
            System.err.println("No token: " + e.getMessage());
            return 1;
        }
    }
}

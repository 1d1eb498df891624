package org.chapterrelations.benchmarks.notification;

import java.util.List;

/**
 * What the notification burst sends and where. Flags are {@code --name=value}.
 *
 * @param kafka         the broker notification-service consumes from
 * @param mongo         notification-service's MongoDB (subscriptions are written, inbox items read, directly)
 * @param events        BillStatusChanged events published in one burst
 * @param staff         staff accounts, each subscribed to one jurisdiction
 * @param jurisdictions jurisdictions the staff and the events are spread over (round robin)
 * @param timeoutSec    how long to wait for every inbox item before giving up
 */
record BurstOptions(String kafka, String mongo, int events, int staff, int jurisdictions, int timeoutSec) {

    static final String USAGE = """
            Usage: java -cp benchmarks/target/benchmarks.jar:benchmarks/target/lib/* \\
                     org.chapterrelations.benchmarks.notification.NotificationBurstBenchmark [options]
              --kafka=HOST:PORT     broker (default localhost:9092)
              --mongo=URI           notification-service's MongoDB (default mongodb://localhost:27017/notification)
              --events=N            BillStatusChanged events in the burst (default 10000)
              --staff=N             subscribed staff accounts (default 200)
              --jurisdictions=N     jurisdictions staff and events are spread over (default 50)
              --timeout=SECONDS     wait for full delivery at most this long (default 900)
            """;

    static BurstOptions parse(List<String> args) {
        String kafka = "localhost:9092";
        String mongo = "mongodb://localhost:27017/notification";
        int events = 10_000;
        int staff = 200;
        int jurisdictions = 50;
        int timeout = 900;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "kafka" -> kafka = value;
                case "mongo" -> mongo = value;
                case "events" -> events = Integer.parseInt(value);
                case "staff" -> staff = Integer.parseInt(value);
                case "jurisdictions" -> jurisdictions = Integer.parseInt(value);
                case "timeout" -> timeout = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (jurisdictions < 1 || jurisdictions > Jurisdictions.CODES.size() || staff < jurisdictions) {
            throw new IllegalArgumentException("need 1 <= jurisdictions <= " + Jurisdictions.CODES.size()
                    + " and staff >= jurisdictions");
        }
        return new BurstOptions(kafka, mongo, events, staff, jurisdictions, timeout);
    }
}

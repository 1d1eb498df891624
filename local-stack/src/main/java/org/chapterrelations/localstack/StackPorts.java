package org.chapterrelations.localstack;

/** Every port of the local stack, shifted by one offset so a second stack can run beside the first. */
public record StackPorts(int offset) {

    public static final int GATEWAY = 8080;
    public static final int DIRECTORY = 8081;
    public static final int LEGISLATION = 8082;
    public static final int SURVEY = 8083;
    public static final int NOTIFICATION = 8084;
    public static final int AUTH = 9000;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int MONGO = 27017;
    /** Not 5432, so that a PostgreSQL the machine already runs is left alone. */
    public static final int POSTGRES = 55432;

    public int gateway() {
        return GATEWAY + offset;
    }

    public int auth() {
        return AUTH + offset;
    }

    public int kafka() {
        return KAFKA + offset;
    }

    public int kafkaController() {
        return KAFKA_CONTROLLER + offset;
    }

    public int mongo() {
        return MONGO + offset;
    }

    public int postgres() {
        return POSTGRES + offset;
    }

    public int shifted(int defaultPort) {
        return defaultPort + offset;
    }

    public String authUrl() {
        return "http://localhost:" + auth();
    }

    public String gatewayUrl() {
        return "http://localhost:" + gateway();
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafka();
    }

    public String mongoUri(String database) {
        return "mongodb://localhost:" + mongo() + "/" + database;
    }
}

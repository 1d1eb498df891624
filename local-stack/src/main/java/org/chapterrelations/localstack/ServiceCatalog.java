package org.chapterrelations.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Spring Boot applications of the platform: their modules, ports and environment. */
final class ServiceCatalog {

    static final String AUTH = "auth-server";
    static final String GATEWAY = "gateway";
    /** Domain services: module name to the short name of its MongoDB database. */
    static final Map<String, String> DOMAIN_SERVICES = orderedMap(
            "directory-service", "directory",
            "legislation-service", "legislation",
            "survey-service", "survey",
            "notification-service", "notification");
    static final List<String> ALL_MODULES = List.of(AUTH, "directory-service", "legislation-service",
            "survey-service", "notification-service", GATEWAY);

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            AUTH, StackPorts.AUTH,
            "directory-service", StackPorts.DIRECTORY,
            "legislation-service", StackPorts.LEGISLATION,
            "survey-service", StackPorts.SURVEY,
            "notification-service", StackPorts.NOTIFICATION,
            GATEWAY, StackPorts.GATEWAY);

    private static final String JVM_OPTIONS_OVERRIDE = "LOCAL_STACK_SERVICE_JVM_OPTS";

    private final StackOptions options;
    private final ClassDataSharing classDataSharing;

    ServiceCatalog(StackOptions options, ClassDataSharing classDataSharing) {
        this.options = options;
        this.classDataSharing = classDataSharing;
    }

    static void requireKnown(List<String> modules) {
        for (String module : modules) {
            if (!DEFAULT_PORTS.containsKey(module)) {
                throw new StartupFailedException("unknown service " + module + "; known: " + ALL_MODULES);
            }
        }
    }

    int port(String module) {
        return options.ports().shifted(DEFAULT_PORTS.get(module));
    }

    /** How to start the module: from its class data sharing archive once one was made for this build. */
    ChildSpec spec(String module) {
        int port = port(module);
        List<String> command = new ArrayList<>();
        command.add(LauncherPaths.javaBinary());
        command.addAll(jvmOptions(module));
        command.addAll(usesClassDataSharing()
                ? classDataSharing.launchArguments(module, options.moduleJar(module), jvmOptions(module))
                : List.of("-jar", options.moduleJar(module).toString()));
        return new ChildSpec(module, "http://localhost:" + port, command, environment(module, port),
                ReadinessChecks.springReadiness(port), List.of(port));
    }

    /** Makes the archives that {@code modules} lack for their current build; returns the ones that failed. */
    List<String> trainClassDataSharing(List<String> modules) {
        List<ClassDataSharing.Training> untrained = untrained(modules).stream()
                .map(module -> new ClassDataSharing.Training(module, options.moduleJar(module), jvmOptions(module),
                        environment(module, port(module))))
                .toList();
        return classDataSharing.train(untrained, options.logDir(), options.readyTimeout());
    }

    /** The modules among {@code modules} that would start from an archive but have none for their build. */
    List<String> untrained(List<String> modules) {
        if (!usesClassDataSharing()) {
            return List.of();
        }
        return modules.stream()
                .filter(module -> !classDataSharing.isTrained(module, options.moduleJar(module), jvmOptions(module)))
                .toList();
    }

    /** Off with {@code --no-cds}, and when the JVM options are replaced (a debugger must not attach to training). */
    private boolean usesClassDataSharing() {
        String override = System.getenv(JVM_OPTIONS_OVERRIDE);
        return options.classDataSharing() && (override == null || override.isBlank());
    }

    /**
     * C1 only for the services and the auth server: six JVMs warming up on two cores start faster without
     * the C2 compiler competing for them. The gateway keeps C2: it starts last and alone, and every request
     * crosses it (on C1 it spent about twice the CPU per proxied request, RSA signature checks above all).
     * G1 collects after 10 s without a collection and keeps at most 40 % of the heap free (70 by default), and
     * so gives back the heap it grew for start-up once a service idles (resident memory after start-up varied by
     * some 80 MiB from run to run without these; the gateway's heap held 117 MiB for 38 in use).
     * LOCAL_STACK_SERVICE_JVM_OPTS replaces these (for a debugger agent, say).
     */
    private static List<String> jvmOptions(String module) {
        String override = System.getenv(JVM_OPTIONS_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return List.of(override.trim().split("\\s+"));
        }
        List<String> heap = List.of("-Xmx384m", "-XX:G1PeriodicGCInterval=10000", "-XX:MaxHeapFreeRatio=40");
        if (module.equals(GATEWAY)) {
            return heap;
        }
        return Stream.concat(heap.stream(), Stream.of("-XX:TieredStopAtLevel=1")).toList();
    }

    private Map<String, String> environment(String module, int port) {
        StackPorts ports = options.ports();
        Map<String, String> env = new LinkedHashMap<>(LauncherPaths.JVM_ENVIRONMENT);
        env.put("PORT", String.valueOf(port));
        env.put("KAFKA_BROKERS", ports.kafkaBootstrap());
        env.put("JWT_ISSUER", ports.authUrl());
        env.put("JWT_JWK_SET_URI", ports.authUrl() + "/oauth2/jwks");
        env.put("AUTH_ISSUER", ports.authUrl());
        env.put("AUTH_KEY_FILE", options.dataDir().resolve("auth-server").resolve("signing-key.json").toString());
        String database = DOMAIN_SERVICES.get(module);
        if (database != null) {
            env.put("MONGODB_URI", ports.mongoUri(database));
        }
        if (module.equals(AUTH)) {
            // The web console is served by this stack's gateway: its sign-in redirect and token request come from there.
            env.put("WEB_CONSOLE_REDIRECT_URI", ports.gatewayUrl() + "/");
            env.put("AUTH_WEB_ORIGINS", ports.gatewayUrl());
        }
        if (module.equals(GATEWAY)) {
            env.put("DIRECTORY_URL", "http://localhost:" + port("directory-service"));
            env.put("LEGISLATION_URL", "http://localhost:" + port("legislation-service"));
            env.put("SURVEY_URL", "http://localhost:" + port("survey-service"));
            env.put("NOTIFICATION_URL", "http://localhost:" + port("notification-service"));
        }
        env.putAll(options.environment());
        return env;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

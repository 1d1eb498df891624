package org.chapterrelations.ferretdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line of one FerretDB server on a loopback port. */
public final class FerretDbCommand {

    /**
     * Go's collector at its default (a collection each time the heap doubles) took a fifth of FerretDB's CPU
     * when reading documents, which it decodes into many short-lived objects; collecting at five times the live
     * heap, with a ceiling, trades some tens of MiB for that time.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("GOGC", "400", "GOMEMLIMIT", "256MiB");

    private FerretDbCommand() {
    }

    /**
     * {@code stateDir} holds FerretDB's state.json (its instance id). No debug listener: its fixed default
     * port (8088) would make a second instance on the machine fail. No telemetry: these machines are offline.
     */
    public static List<String> of(Path binary, FerretDbBackend backend, int port, Path stateDir) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add("--listen-addr=127.0.0.1:" + port);
        command.addAll(backend.flags());
        command.add("--state-dir=" + stateDir.toAbsolutePath());
        command.add("--debug-addr=-");
        command.add("--telemetry=disable");
        command.add("--log-level=warn");
        command.add("--log-format=text");
        return command;
    }
}

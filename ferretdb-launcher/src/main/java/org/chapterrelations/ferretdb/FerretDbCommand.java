package org.chapterrelations.ferretdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of one FerretDB server on a loopback port. */
public final class FerretDbCommand {

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

package org.chapterrelations.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process of the stack, before it starts.
 *
 * @param name      short name, also the log file name
 * @param url       what the user connects to, for the start-up table
 * @param command   full command line
 * @param env       extra environment variables
 * @param readiness when the process counts as started
 * @param ports     ports it listens on, checked free before anything starts
 */
public record ChildSpec(String name, String url, List<String> command, Map<String, String> env,
                        ReadinessCheck readiness, List<Integer> ports) {

    Path logFile(Path logDir) {
        return logDir.resolve(name + ".log");
    }
}

package org.chapterrelations.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory of a process as Linux keeps it ({@code VmHWM} in {@code /proc/<pid>/status}). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Peak resident set in MiB, or -1 where /proc is not there (not Linux) or the process is gone. */
    static long peakResidentMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

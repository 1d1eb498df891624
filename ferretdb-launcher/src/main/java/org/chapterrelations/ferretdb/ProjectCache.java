package org.chapterrelations.ferretdb;

import java.nio.file.Path;
import java.util.Map;

/** The per-user cache of the project's tools: our FerretDB build, the local stack's class data sharing archives. */
public final class ProjectCache {

    private ProjectCache() {
    }

    /** {@code $XDG_CACHE_HOME/chapter-relations-platform}, else {@code ~/.cache/chapter-relations-platform}. */
    public static Path root(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path cacheRoot = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return cacheRoot.resolve("chapter-relations-platform");
    }
}

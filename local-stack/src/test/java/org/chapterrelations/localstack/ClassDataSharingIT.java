package org.chapterrelations.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data sharing archive the launcher makes for a Spring application, on the real auth-server jar: made
 * once, started from, and not reused for another build of the jar.
 */
class ClassDataSharingIT {

    private static final Pattern SHARED_CLASSES = Pattern.compile("(\\d+) classes \\((\\d+) shared\\)");

    @TempDir
    Path cache;

    @Test
    void anApplicationStartsFromTheArchiveItsTrainingRunMade() throws Exception {
        StackOptions options = TestStacks.fresh("class-data-sharing", 7000).withServices(List.of("auth-server"));
        Files.createDirectories(options.logDir());
        Files.createDirectories(options.dataDir().resolve("auth-server"));
        ClassDataSharing sharing = new ClassDataSharing(cache);
        ServiceCatalog catalog = new ServiceCatalog(options, sharing);
        assertThat(catalog.spec("auth-server").command())
                .as("no archive yet: the jar the build made")
                .contains(options.moduleJar("auth-server").toString())
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));

        Path earlierBuildHere = earlierBuild("auth-server-0000000000aa", options.moduleJar("auth-server"));
        Path otherCheckout = earlierBuild("auth-server-0000000000bb", Path.of("/elsewhere/auth-server.jar"));

        catalog.trainClassDataSharing(List.of("auth-server"));

        assertThat(earlierBuildHere).as("made from the jar this build replaced").doesNotExist();
        assertThat(otherCheckout).as("another checkout's, used lately").exists();

        ChildSpec trained = catalog.spec("auth-server");
        assertThat(trained.command()).anyMatch(argument -> argument.startsWith("-XX:SharedArchiveFile=" + cache));
        ChildProcess child = ChildProcess.start(trained, options.logDir());
        try {
            ReadinessWaiter.awaitReady(List.of(child), Duration.ofSeconds(120));
            assertThat(sharedClassCount(child.pid()))
                    .as("classes the JVM mapped from the archives instead of loading them")
                    .isGreaterThan(5_000);
        } finally {
            child.requestStop();
            child.awaitStop(Duration.ofSeconds(30));
        }
    }

    @Test
    void aRebuiltJarIsNotStartedWithTheArchiveOfTheJarBefore() throws IOException {
        Path jar = cache.resolve("builds").resolve("auth-server.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(StackOptions.defaults(LauncherPaths.repoRoot(null)).moduleJar("auth-server"), jar);
        ClassDataSharing sharing = new ClassDataSharing(cache.resolve("cds"));
        List<String> options = List.of("-Xmx384m");
        Path firstBuild = sharing.folder("auth-server", jar, options);
        Files.createDirectories(firstBuild);
        Files.writeString(firstBuild.resolve("auth-server.jsa"), "archive of the first build");
        assertThat(sharing.isTrained("auth-server", jar, options)).isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(sharing.isTrained("auth-server", jar, options)).isFalse();
        assertThat(sharing.launchArguments("auth-server", jar, options)).containsExactly("-jar", jar.toString());
        assertThat(sharing.isTrained("auth-server", jar, List.of("-Xmx512m"))).as("other JVM options").isFalse();
    }

    @Test
    void aJarThatCannotBeExtractedCostsItsArchiveNotTheStart() throws IOException {
        Path broken = Files.writeString(cache.resolve("auth-server.jar"), "not a jar at all");
        Path logs = Files.createDirectories(cache.resolve("logs"));
        ClassDataSharing sharing = new ClassDataSharing(cache.resolve("cds"));

        List<String> failed = sharing.train(List.of(new ClassDataSharing.Training("auth-server", broken,
                List.of("-Xmx384m"), Map.of())), logs, Duration.ofSeconds(60));

        assertThat(failed).containsExactly("auth-server");
        assertThat(sharing.launchArguments("auth-server", broken, List.of("-Xmx384m")))
                .containsExactly("-jar", broken.toString());
    }

    private Path earlierBuild(String name, Path jar) throws IOException {
        Path folder = Files.createDirectories(cache.resolve(name));
        Files.writeString(folder.resolve("built-from"), jar.toAbsolutePath().toString());
        Files.writeString(folder.resolve("auth-server.jsa"), "an archive of an earlier build");
        return folder;
    }

    private static int sharedClassCount(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.metaspace")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher matcher = SHARED_CLASSES.matcher(output);
        assertThat(matcher.find()).as("jcmd VM.metaspace output:\n%s", output).isTrue();
        return Integer.parseInt(matcher.group(2));
    }
}

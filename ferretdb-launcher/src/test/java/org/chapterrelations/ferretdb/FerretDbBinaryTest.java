package org.chapterrelations.ferretdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FerretDbBinaryTest {

    @TempDir
    Path home;

    @Test
    void withoutGoOrABinaryTheMessageSaysWhatToInstall() {
        Map<String, String> bareMachine = Map.of("PATH", home.toString(), "HOME", home.toString(), "GOROOT", home.toString());
        FerretDbBinary binary = new FerretDbBinary(bareMachine, message -> { });
        assertThatThrownBy(binary::find).isInstanceOf(FerretDbUnavailableException.class)
                .hasMessageContaining("install Go 1.24+").hasMessageContaining("FERRETDB_BINARY");
    }

    @Test
    void aConfiguredBinaryThatIsNotThereIsRefusedByName() {
        FerretDbBinary binary = new FerretDbBinary(Map.of("FERRETDB_BINARY", home.resolve("nope").toString()), message -> { });
        assertThatThrownBy(binary::find).isInstanceOf(FerretDbUnavailableException.class)
                .hasMessageContaining("FERRETDB_BINARY=" + home.resolve("nope"));
    }

    @Test
    void theCacheFollowsXdgCacheHomeAndNamesThePinnedVersion() {
        FerretDbBinary binary = new FerretDbBinary(Map.of("XDG_CACHE_HOME", home.toString()), message -> { });
        assertThat(binary.cachedBinary())
                .isEqualTo(home.resolve("chapter-relations-platform/ferretdb/v1.24.2-" + FerretDbBinary.PACKAGE + "/ferretdb"));
    }

    @Test
    void aCachedBuildIsFoundWithoutBuildingAgain() {
        List<String> progress = new ArrayList<>();
        Path real = FerretDbBinary.locate(progress::add);
        assertThat(FerretDbBinary.reportedVersion(real)).contains(FerretDbBinary.VERSION);
        assertThat(FerretDbBinary.isOurBuild(real)).as("built with the _id index fix").isTrue();
        progress.clear();
        assertThat(FerretDbBinary.locate(progress::add)).isEqualTo(real);
        assertThat(progress).isEmpty();
    }

    @Test
    void theIdLookupIsRewrittenToTheExpressionOfTheIdIndex() throws Exception {
        Path source = home.resolve("metadata.go");
        Files.writeString(source, "const (\n\tIDColumn = DefaultColumn + \"->'$._id'\"\n)\n");
        FerretDbPatch.apply(source, FerretDbPatch.EDITS.get(0));
        assertThat(Files.readString(source)).contains("IDColumn = DefaultColumn + \"->\\\"_id\\\"\"")
                .doesNotContain("$._id");
    }

    @Test
    void aSourceWithoutTheExpectedTextIsNotBuilt() throws Exception {
        Path source = home.resolve("metadata.go");
        Files.writeString(source, "const IDColumn = somethingElse\n");
        assertThatThrownBy(() -> FerretDbPatch.apply(source, FerretDbPatch.EDITS.get(0)))
                .isInstanceOf(FerretDbUnavailableException.class).hasMessageContaining("has 0 copies");
        assertThat(Files.readString(source)).isEqualTo("const IDColumn = somethingElse\n");
    }

    @Test
    void readsTheModuleFolderFromGoModDownload() {
        String json = "{\n\t\"Path\": \"github.com/FerretDB/FerretDB\",\n\t\"Dir\": \"/root/go/pkg/mod/github.com/!ferret!d!b/!ferret!d!b@v1.24.2\",\n\t\"Sum\": \"h1:x\"\n}";
        assertThat(FerretDbBinary.moduleDir(json)).isEqualTo("/root/go/pkg/mod/github.com/!ferret!d!b/!ferret!d!b@v1.24.2");
    }
}

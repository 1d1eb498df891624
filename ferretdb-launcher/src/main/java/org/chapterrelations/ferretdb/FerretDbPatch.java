package org.chapterrelations.ferretdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Our changes to FerretDB v1.24.2's source before it is built: a few exact edits and three Go files added
 * (under {@code patch/} in this module's resources). Each edit names the exact text it expects, and the
 * build stops if that text is not there as many times as expected: a changed upstream must be looked at,
 * not patched blindly.
 */
final class FerretDbPatch {

    /** Replaces {@code before} with {@code after} in {@code file}, which must hold it {@code times} times. */
    record Edit(String file, String before, String after, int times) {
    }

    static final String SQLITE_METADATA = "internal/backends/sqlite/metadata/metadata.go";
    static final String SQLITE_COLLECTION = "internal/backends/sqlite/collection.go";
    static final String POSTGRESQL_COLLECTION = "internal/backends/postgresql/collection.go";
    static final String RESOURCE_TRACKING = "internal/util/resource/resource.go";
    static final String REGEX = "internal/types/regex.go";

    private static final String SQLITE_ID_PUSHDOWN = """
            	if params.Filter.Len() == 1 {
            		v, _ := params.Filter.Get("_id")
            		switch v.(type) {
            		case string, types.ObjectID:
            			whereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)
            			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
            		}
            	}
            """;
    private static final String SQLITE_EXPLAIN_ID_PUSHDOWN = """
            	if params.Filter.Len() == 1 {
            		v, _ := params.Filter.Get("_id")
            		switch v.(type) {
            		case string, types.ObjectID:
            			filterPushdown = true
            			whereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)
            			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
            		}
            	}
            """;

    static final List<Edit> EDITS = List.of(
            // The _id index is on ->"_id"; lookups used ->'$._id', which SQLite does not see as the same.
            new Edit(SQLITE_METADATA, "IDColumn = DefaultColumn + \"->'$._id'\"",
                    "IDColumn = DefaultColumn + \"->\\\"_id\\\"\"", 1),
            new Edit(SQLITE_COLLECTION, SQLITE_ID_PUSHDOWN,
                    "\twhereClause, args = idWhereClause(params.Filter)\n", 1),
            new Edit(SQLITE_COLLECTION, SQLITE_EXPLAIN_ID_PUSHDOWN,
                    "\twhereClause, args = idWhereClause(params.Filter)\n\tfilterPushdown = whereClause != \"\"\n", 1),
            new Edit(POSTGRESQL_COLLECTION, "\n\tq += where\n",
                    "\n\twhere, args = withIDIndex(&placeholder, params.Filter, where, args)\n\tq += where\n", 2),
            // A leak detector: every document iterator and cursor took a stack trace into a pprof profile and a
            // finalizer, a sixth of the CPU of reading documents. Kept for debug builds (`-tags ferretdb_debug`).
            new Edit(RESOURCE_TRACKING, "func Track(obj any, token *Token) {\n\tcheckArgs(obj, token)\n",
                    "func Track(obj any, token *Token) {\n\tcheckArgs(obj, token)\n\n\tif !debugbuild.Enabled {\n\t\treturn\n\t}\n", 1),
            new Edit(RESOURCE_TRACKING, "func Untrack(obj any, token *Token) {\n\tcheckArgs(obj, token)\n",
                    "func Untrack(obj any, token *Token) {\n\tcheckArgs(obj, token)\n\n\tif !debugbuild.Enabled {\n\t\treturn\n\t}\n", 1),
            new Edit(REGEX, "re, err := regexp.Compile(expr)", "re, err := compileCached(expr)", 1));

    /** Go files added as they are, beside the code that calls them. */
    static final List<String> ADDED = List.of(
            "internal/backends/sqlite/id_pushdown.go=patch/sqlite_id_pushdown.go",
            "internal/backends/postgresql/id_pushdown.go=patch/postgresql_id_pushdown.go",
            "internal/types/regex_cache.go=patch/regex_cache.go");

    private FerretDbPatch() {
    }

    /** Eight hex digits of a hash of every edit and added file: a changed patch gets a new build and cache. */
    static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Edit edit : EDITS) {
                digest.update((edit.file() + '\0' + edit.before() + '\0' + edit.after() + '\0' + edit.times())
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (String added : ADDED) {
                digest.update(added.getBytes(StandardCharsets.UTF_8));
                digest.update(resource(added.split("=", 2)[1]));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FerretDbPatch.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static void applyTo(Path source) throws IOException {
        for (Edit edit : EDITS) {
            apply(source.resolve(edit.file()), edit);
        }
        for (String added : ADDED) {
            String[] targetAndResource = added.split("=", 2);
            Files.write(source.resolve(targetAndResource[0]), resource(targetAndResource[1]));
        }
    }

    static void apply(Path file, Edit edit) throws IOException {
        String text = Files.readString(file);
        int found = occurrences(text, edit.before());
        if (found != edit.times()) {
            throw new FerretDbUnavailableException("FerretDB's " + edit.file() + " has " + found + " copies of the"
                    + " text our patch replaces, not " + edit.times() + " (an upstream change?):\n" + edit.before());
        }
        Files.writeString(file, text.replace(edit.before(), edit.after()));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}

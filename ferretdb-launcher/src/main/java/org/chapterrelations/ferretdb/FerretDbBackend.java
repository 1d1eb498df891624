package org.chapterrelations.ferretdb;

import java.nio.file.Path;
import java.util.List;

/** Where FerretDB keeps the documents: its embedded SQLite files or a PostgreSQL database. */
public sealed interface FerretDbBackend {

    /** FerretDB's own flags for this backend. */
    List<String> flags();

    /** One SQLite file per MongoDB database, in {@code directory}. */
    record Sqlite(Path directory) implements FerretDbBackend {
        @Override
        public List<String> flags() {
            // FerretDB wants a "file:" URI of a directory, with the trailing slash.
            return List.of("--handler=sqlite", "--sqlite-url=file:" + directory.toAbsolutePath() + "/");
        }
    }

    /** A PostgreSQL database, e.g. {@code postgres://ferretdb@127.0.0.1:5432/ferretdb}. */
    record PostgreSql(String url) implements FerretDbBackend {
        @Override
        public List<String> flags() {
            return List.of("--handler=postgresql", "--postgresql-url=" + url);
        }
    }
}

package org.chapterrelations.directory.office;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Read-only look-ups in the chapters collection (owned by the chapter feature): whether a chapter exists
 * and what it is called. Raw documents, so that offices do not depend on the chapter's classes.
 */
@Component
class ChapterLookup {

    private static final String CHAPTERS = "chapters";

    private final MongoTemplate mongo;

    ChapterLookup(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean exists(String code) {
        return mongo.exists(Query.query(Criteria.where("_id").is(code)), CHAPTERS);
    }

    /** Chapter names by code, in one query. */
    Map<String, String> names(Collection<String> codes) {
        Query query = Query.query(Criteria.where("_id").in(codes));
        query.fields().include("name");
        return mongo.find(query, Document.class, CHAPTERS).stream()
                .collect(Collectors.toMap(doc -> doc.getString("_id"),
                        doc -> doc.getString("name") == null ? "" : doc.getString("name")));
    }
}

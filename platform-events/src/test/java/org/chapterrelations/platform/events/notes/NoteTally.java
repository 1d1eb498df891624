package org.chapterrelations.platform.events.notes;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Counts the note events applied per note: the visible effect of the consumer. */
@Component
public class NoteTally {

    static final String COLLECTION = "note_tallies";

    private final MongoOperations mongo;

    NoteTally(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void count(String noteId) {
        mongo.upsert(byId(noteId), new Update().inc("applied", 1), COLLECTION);
    }

    /** How many events of this note the consumer has applied. */
    public int applied(String noteId) {
        Document tally = mongo.findOne(byId(noteId), Document.class, COLLECTION);
        return tally == null ? 0 : tally.getInteger("applied");
    }

    private static Query byId(String noteId) {
        return Query.query(Criteria.where("_id").is(noteId));
    }
}

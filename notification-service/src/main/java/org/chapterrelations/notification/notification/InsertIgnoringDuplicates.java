package org.chapterrelations.notification.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;

/** One unordered bulk insert; documents whose unique key already exists are skipped, not failed. */
public final class InsertIgnoringDuplicates {

    private static final int DUPLICATE_KEY = 11000;

    private InsertIgnoringDuplicates() {
    }

    /** Inserts {@code documents}; returns those actually inserted (the others were already there). */
    public static <T> List<T> insert(MongoOperations mongo, Class<T> type, List<T> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
            return documents;
        }
        catch (BulkOperationException ex) {
            Set<Integer> duplicates = new HashSet<>();
            ex.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw ex;
                }
                duplicates.add(error.getIndex());
            });
            List<T> inserted = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (!duplicates.contains(i)) {
                    inserted.add(documents.get(i));
                }
            }
            return inserted;
        }
    }
}

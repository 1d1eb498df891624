package org.chapterrelations.platform.events.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB is up when it answers {@code ping}. Replaces Boot's indicator, whose {@code hello} command
 * the embedded MongoDB-wire server does not know; {@code ping} works on every MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    public MongoPingHealthIndicator(MongoOperations mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getCollection("processed_events").getNamespace().getDatabaseName())
                .withDetail("ok", answer.get("ok"));
    }
}

package org.chapterrelations.platform.events.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;

/**
 * The store as readiness sees it: Boot's own Mongo check, with {@code DOWN} reported as {@code OUT_OF_SERVICE}.
 * A service whose store is away is alive and serves again by itself once the store returns, so it is to be
 * taken out of rotation, not restarted; liveness does not look at the store, and the overall health still
 * shows Boot's {@code mongo} as {@code DOWN}.
 */
public class StoreReadinessIndicator implements HealthIndicator {

    private final ObjectProvider<MongoHealthIndicator> store;

    /** Looked up when asked: Boot's Mongo health configuration may come after ours. */
    public StoreReadinessIndicator(ObjectProvider<MongoHealthIndicator> store) {
        this.store = store;
    }

    @Override
    public Health health() {
        MongoHealthIndicator mongo = store.getIfAvailable();
        if (mongo == null) {
            return Health.unknown().withDetail("reason", "no MongoDB health indicator").build();
        }
        Health health = mongo.health();
        if (!Status.DOWN.equals(health.getStatus())) {
            return health;
        }
        return Health.outOfService().withDetails(health.getDetails()).build();
    }
}

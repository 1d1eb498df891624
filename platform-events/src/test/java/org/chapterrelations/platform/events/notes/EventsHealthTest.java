package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.chapterrelations.platform.events.health.StoreReadinessIndicator;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@PlatformIntegrationTest
class EventsHealthTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void readinessReportsMongoAndKafkaUp() {
        Map<String, Object> readiness = RestClient.create("http://localhost:" + port).get()
                .uri("/actuator/health/readiness").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });

        assertThat(readiness).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) readiness.get("components");
        assertThat(components).containsOnlyKeys("readinessState", "store", "kafka");
        assertThat(components.get("store")).containsEntry("status", "UP");
        assertThat(components.get("kafka")).containsEntry("status", "UP");
    }

    @Test
    void aStoreThatDoesNotAnswerTakesTheServiceOutOfServiceForReadiness() {
        try (MongoClient nowhere = MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")) {
            MongoHealthIndicator mongo = new MongoHealthIndicator(nowhere);
            Health readiness = new StoreReadinessIndicator(new StaticListableBeanFactory(Map.of("mongo", mongo))
                    .getBeanProvider(MongoHealthIndicator.class)).health();

            assertThat(mongo.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(readiness.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(readiness.getDetails()).containsKey("error");
        }
    }

    @Test
    void mongoHealthIsBootsOwnIndicatorOnTheRealStore() {
        assertThat(context.getBeansOfType(MongoHealthIndicator.class)).hasSize(1);
    }
}

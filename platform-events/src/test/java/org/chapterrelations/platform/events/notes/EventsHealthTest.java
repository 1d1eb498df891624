package org.chapterrelations.platform.events.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chapterrelations.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
        assertThat(components).containsOnlyKeys("readinessState", "mongo", "kafka");
        assertThat(components.get("mongo")).containsEntry("status", "UP");
        assertThat(components.get("kafka")).containsEntry("status", "UP");
    }

    @Test
    void mongoHealthIsBootsOwnIndicatorOnTheRealStore() {
        assertThat(context.getBeansOfType(MongoHealthIndicator.class)).hasSize(1);
    }
}

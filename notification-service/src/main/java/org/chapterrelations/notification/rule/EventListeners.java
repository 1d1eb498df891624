package org.chapterrelations.notification.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.chapterrelations.notification.notification.Notifier;
import org.chapterrelations.platform.events.consumer.EventHandler;
import org.chapterrelations.platform.events.consumer.IdempotentConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Bindings {@code legislationBills-in-0}, {@code legislationCampaigns-in-0} and {@code surveyReports-in-0}:
 * each routes the event types that notify someone to their rule and skips the others.
 */
@Configuration(proxyBeanMethods = false)
class EventListeners {

    /**
     * The night a session ends thousands of bills move at once: a poll's alerts are written together (one
     * read of their recipients, one insert of their inbox items) instead of event by event.
     */
    @Bean
    Consumer<Message<List<byte[]>>> legislationBills(IdempotentConsumers consumers, LegislationRules rules,
            Notifier notifier) {
        Set<String> billMoves = Set.of("legislation.BillStatusChanged.v1", "legislation.BillTracked.v1");
        return consumers.ofBulk("legislation-bills", events -> notifier.notifyAll(events.stream()
                .filter(event -> billMoves.contains(event.type())).map(rules::billMoved).toList()));
    }

    @Bean
    Consumer<Message<List<byte[]>>> legislationCampaigns(IdempotentConsumers consumers, LegislationRules rules) {
        return route(consumers, "legislation-campaigns", Map.of(
                "legislation.CampaignLaunched.v1", rules::campaignLaunched));
    }

    @Bean
    Consumer<Message<List<byte[]>>> surveyReports(IdempotentConsumers consumers, SurveyRules rules) {
        return route(consumers, "survey-reports", Map.of(
                "survey.ReminderDue.v1", rules::reminderDue,
                "survey.ReportSubmitted.v1", rules::reportSubmitted));
    }

    private static Consumer<Message<List<byte[]>>> route(IdempotentConsumers consumers, String name,
            Map<String, EventHandler> handlers) {
        return consumers.ofBatch(name, event -> handlers.getOrDefault(event.type(), ignored -> {
        }).handle(event));
    }
}

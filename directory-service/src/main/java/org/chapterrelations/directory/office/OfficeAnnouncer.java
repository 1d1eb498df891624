package org.chapterrelations.directory.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.chapterrelations.platform.events.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes changes dated in the future on their day: a scheduled succession's appointments on their first
 * day, endings on the day after their last. Runs at start-up (catching up on days the service was down),
 * then hourly, the first run of a day just after 00:00 UTC. Each chapter is one write, so a run that dies
 * half-way, or two runs at once, publish each change once.
 */
@Component
public class OfficeAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(OfficeAnnouncer.class);

    private final MongoTemplate mongo;
    private final ChapterOfficesRepository offices;
    private final Outbox outbox;
    private final Clock clock;

    OfficeAnnouncer(MongoTemplate mongo, ChapterOfficesRepository offices, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.offices = offices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${directory.offices.announce-cron:1 0 * * * *}", zone = "UTC")
    public void announceDue() {
        announceDueOn(LocalDate.now(clock));
    }

    /** Publishes everything due by {@code today}; returns how many events were raised. */
    public int announceDueOn(LocalDate today) {
        Query due = Query.query(Criteria.where("nextAnnouncementDue").lte(today.toString()));
        due.fields().include("_id");
        List<String> chapterIds = mongo.find(due, ChapterOffices.class).stream().map(ChapterOffices::chapterId)
                .toList();
        int raised = 0;
        for (String chapterId : chapterIds) {
            try {
                raised += announce(chapterId, today);
            }
            catch (OptimisticLockingFailureException ex) {
                // A request changed the chapter meanwhile and announced what was due in its own write.
                log.debug("Chapter {} changed during announcement; the next run rechecks it", chapterId);
            }
        }
        if (raised > 0) {
            log.info("Announced {} officer changes due by {}", raised, today);
        }
        return raised;
    }

    private int announce(String chapterId, LocalDate today) {
        return offices.findById(chapterId).map(chapter -> {
            int raised = chapter.announceDue(today);
            if (raised > 0) {
                outbox.save(chapter);
            }
            return raised;
        }).orElse(0);
    }
}

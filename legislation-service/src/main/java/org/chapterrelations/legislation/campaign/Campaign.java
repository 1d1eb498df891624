package org.chapterrelations.legislation.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chapterrelations.platform.events.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A call to action tied to bills: drafted by staff, launched to the active chapters of its target states
 * (resolved at launch from the directory's read model), reported on by those chapters, and closed once.
 * Launch and close raise their events inside the same document write.
 */
@Document("campaigns")
public class Campaign extends OutboxAggregate {

    @Id
    private String id;
    private CampaignDetails details;
    @Indexed
    private CampaignStatus status;
    @Indexed
    private LocalDate deadline;
    private List<String> targetChapterIds = new ArrayList<>();
    private List<ActionReport> reports = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private String launchedBy;
    private Instant launchedAt;
    private LocalDate closedOn;
    private String closeReason;
    private Instant updatedAt;
    @Version
    private Long version;

    Campaign() {
    }

    static Campaign draft(String id, CampaignDetails details, String createdBy, Instant now) {
        Campaign campaign = new Campaign();
        campaign.id = id;
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = createdBy;
        campaign.createdAt = now;
        campaign.revise(details, now);
        return campaign;
    }

    void revise(CampaignDetails next, Instant now) {
        details = next;
        deadline = next.deadline();
        updatedAt = now;
    }

    void launch(List<String> chapters, String username, Instant now) {
        status = CampaignStatus.LAUNCHED;
        targetChapterIds = List.copyOf(chapters);
        launchedBy = username;
        launchedAt = now;
        updatedAt = now;
        raise(CampaignEvents.TOPIC, CampaignEvents.LAUNCHED, new CampaignEvents.CampaignLaunched(id, details.title(),
                details.message(), details.deadline(), details.billIds(), details.jurisdictions(),
                details.targetStates(), targetChapterIds, username, details.actionUrl()));
    }

    void report(ActionReport report) {
        reports.add(report);
        updatedAt = report.reportedAt();
    }

    void close(String reason, LocalDate today, Instant now) {
        status = CampaignStatus.CLOSED;
        closedOn = today;
        closeReason = reason;
        updatedAt = now;
        raise(CampaignEvents.TOPIC, CampaignEvents.CLOSED, new CampaignEvents.CampaignClosed(id, details.title(),
                today, reason, reports.size()));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public CampaignDetails details() {
        return details;
    }

    public CampaignStatus status() {
        return status;
    }

    public List<String> targetChapterIds() {
        return targetChapterIds;
    }

    public List<ActionReport> reports() {
        return reports;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String launchedBy() {
        return launchedBy;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closeReason() {
        return closeReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}

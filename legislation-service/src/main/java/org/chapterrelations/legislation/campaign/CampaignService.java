package org.chapterrelations.legislation.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chapterrelations.platform.web.http.IfMatch;
import org.chapterrelations.legislation.common.WireValue;
import org.chapterrelations.legislation.targeting.CampaignTargeting;
import org.chapterrelations.platform.events.outbox.Outbox;
import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.security.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Campaigns from draft to close, and the action reports of their target chapters. */
@Service
class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignRules rules;
    private final CampaignTargeting targeting;
    private final Outbox outbox;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignRules rules, CampaignTargeting targeting, Outbox outbox,
            Clock clock) {
        this.campaigns = campaigns;
        this.rules = rules;
        this.targeting = targeting;
        this.outbox = outbox;
        this.clock = clock;
    }

    Campaign create(CampaignForm form, Caller caller) {
        return campaigns.save(Campaign.draft(UUID.randomUUID().toString(), rules.check(form), caller.subject(),
                clock.instant()));
    }

    Campaign get(String id) {
        return campaigns.findById(id).orElseThrow(() -> ApiException.notFound("Campaign", id));
    }

    List<Campaign> list(String status) {
        return status == null || status.isBlank() ? campaigns.findAllByOrderByCreatedAtDesc()
                : campaigns.findByStatusOrderByCreatedAtDesc(WireValue.parse(CampaignStatus.class, "status", status));
    }

    Campaign replace(String id, CampaignForm form, String ifMatch) {
        Campaign campaign = draftOnly(id, "changed");
        IfMatch.require(ifMatch, campaign.version(), "campaign");
        campaign.revise(rules.check(form), clock.instant());
        return campaigns.save(campaign);
    }

    void delete(String id) {
        campaigns.delete(draftOnly(id, "deleted"));
    }

    /** Resolves the target chapters now, from the directory's read model, and announces the campaign. */
    Campaign launch(String id, Caller caller) {
        Campaign campaign = draftOnly(id, "launched");
        if (campaign.details().deadline().isBefore(LocalDate.now(clock))) {
            throw ApiException.conflict("The campaign's deadline " + campaign.details().deadline()
                    + " has passed: set a new one before launching.");
        }
        campaign.launch(targeting.activeChapterIdsIn(campaign.details().targetStates()), caller.subject(),
                clock.instant());
        return outbox.save(campaign);
    }

    /** A target chapter reports an action: its own officers, or staff naming the chapter. */
    Campaign report(String id, ReportForm form, Caller caller) {
        // Chapters report at the same time: a report that lost the race is applied again to the new version.
        for (int attempt = 1;; attempt++) {
            try {
                return reportOnce(id, form, caller);
            }
            catch (OptimisticLockingFailureException ex) {
                if (attempt == 3) {
                    throw ex;
                }
            }
        }
    }

    private Campaign reportOnce(String id, ReportForm form, Caller caller) {
        Campaign campaign = get(id);
        String chapter = reportingChapter(form, caller);
        if (campaign.status() != CampaignStatus.LAUNCHED) {
            throw ApiException.conflict("Campaign " + id + " is " + campaign.status().wire()
                    + ": actions are reported while it runs.");
        }
        if (campaign.targetChapterIds().stream().noneMatch(chapter::equalsIgnoreCase)) {
            throw ApiException.forbidden("Chapter " + chapter + " is not among this campaign's target chapters.");
        }
        if (form.description() == null || form.description().isBlank() || form.description().length() > 2000) {
            throw ApiException.badField("description", "is required (at most 2000 characters)");
        }
        if (form.participants() != null && form.participants() < 0) {
            throw ApiException.badField("participants", "must not be negative");
        }
        campaign.report(new ActionReport(chapter.toUpperCase(), caller.subject(), clock.instant(),
                form.description().strip(), form.participants()));
        return outbox.save(campaign);
    }

    Campaign close(String id) {
        Campaign campaign = get(id);
        if (campaign.status() != CampaignStatus.LAUNCHED) {
            throw ApiException.conflict("Campaign " + id + " is " + campaign.status().wire()
                    + ": only a launched campaign can be closed.");
        }
        campaign.close("closed-by-staff", LocalDate.now(clock), clock.instant());
        return outbox.save(campaign);
    }

    /** Closes every launched campaign whose deadline is before {@code today}; returns how many. */
    int closeExpired(LocalDate today) {
        int closed = 0;
        for (Campaign campaign : campaigns.findByStatusAndDeadlineBefore(CampaignStatus.LAUNCHED, today)) {
            campaign.close("deadline-passed", today, Instant.now(clock));
            outbox.save(campaign);
            closed++;
        }
        return closed;
    }

    private static String reportingChapter(ReportForm form, Caller caller) {
        if (form == null) {
            throw ApiException.badField("body", "is required");
        }
        if (caller.isStaff()) {
            if (form.chapterId() == null || form.chapterId().isBlank()) {
                throw ApiException.badField("chapterId", "staff reporting for a chapter must name it");
            }
            return form.chapterId().strip();
        }
        String own = caller.chapter().orElseThrow(() -> ApiException.forbidden("Your token names no chapter."));
        if (form.chapterId() != null && !form.chapterId().isBlank() && !caller.actsFor(form.chapterId().strip())) {
            throw ApiException.forbidden("Chapter officers report for their own chapter only.");
        }
        return own;
    }

    private Campaign draftOnly(String id, String what) {
        Campaign campaign = get(id);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw ApiException.conflict("Campaign " + id + " is " + campaign.status().wire()
                    + ": only a draft can be " + what + ".");
        }
        return campaign;
    }
}

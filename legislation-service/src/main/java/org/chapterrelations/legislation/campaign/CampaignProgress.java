package org.chapterrelations.legislation.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How a campaign is going: which target chapters reported, how often, and which have not yet. */
record CampaignProgress(String campaignId, CampaignStatus status, LocalDate deadline, int chaptersTargeted,
        int chaptersReported, int reportedActions, int participants, List<ChapterProgress> chapters,
        List<String> notReported) {

    record ChapterProgress(String chapterId, int actions, int participants, Instant lastReportedAt,
            List<ActionReport> reports) {
    }

    static CampaignProgress of(Campaign campaign) {
        List<ChapterProgress> chapters = campaign.targetChapterIds().stream().map(chapter -> {
            List<ActionReport> reports = campaign.reports().stream().filter(r -> r.chapterId().equals(chapter)).toList();
            return new ChapterProgress(chapter, reports.size(), participants(reports),
                    reports.stream().map(ActionReport::reportedAt).max(Instant::compareTo).orElse(null), reports);
        }).filter(progress -> progress.actions() > 0).toList();
        List<String> notReported = campaign.targetChapterIds().stream()
                .filter(chapter -> chapters.stream().noneMatch(p -> p.chapterId().equals(chapter))).toList();
        return new CampaignProgress(campaign.id(), campaign.status(), campaign.details().deadline(),
                campaign.targetChapterIds().size(), chapters.size(), campaign.reports().size(),
                participants(campaign.reports()), chapters, notReported);
    }

    private static int participants(List<ActionReport> reports) {
        return reports.stream().map(ActionReport::participants).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .sum();
    }
}

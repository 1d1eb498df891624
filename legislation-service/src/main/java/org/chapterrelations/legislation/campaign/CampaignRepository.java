package org.chapterrelations.legislation.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CampaignRepository extends MongoRepository<Campaign, String> {

    List<Campaign> findAllByOrderByCreatedAtDesc();

    List<Campaign> findByStatusOrderByCreatedAtDesc(CampaignStatus status);

    List<Campaign> findByStatusAndDeadlineBefore(CampaignStatus status, LocalDate day);
}

package org.chapterrelations.survey.questionnaire;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface QuestionnaireRepository extends MongoRepository<Questionnaire, String> {

    Optional<Questionnaire> findFirstByYearOrderByRevisionDesc(int year);

    Optional<Questionnaire> findFirstByYearAndStatusOrderByRevisionDesc(int year, QuestionnaireStatus status);

    Optional<Questionnaire> findByYearAndRevision(int year, int revision);
}

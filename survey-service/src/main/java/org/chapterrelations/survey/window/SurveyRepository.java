package org.chapterrelations.survey.window;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SurveyRepository extends MongoRepository<Survey, String> {

    List<Survey> findByOpenedOnIsNullAndOpensOnLessThanEqual(LocalDate today);

    List<Survey> findByOpenedOnIsNotNullAndClosedOnIsNull();

    List<Survey> findByOpenedOnIsNotNull();
}

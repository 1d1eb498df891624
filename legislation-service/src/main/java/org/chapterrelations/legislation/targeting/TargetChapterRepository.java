package org.chapterrelations.legislation.targeting;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TargetChapterRepository extends MongoRepository<TargetChapter, String> {

    List<TargetChapter> findByStatesAndActiveTrueOrderByChapterId(String state);
}

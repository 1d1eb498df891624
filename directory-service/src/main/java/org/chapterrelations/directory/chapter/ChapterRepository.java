package org.chapterrelations.directory.chapter;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ChapterRepository extends MongoRepository<Chapter, String> {
}

package org.chapterrelations.directory.office;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ChapterOfficesRepository extends MongoRepository<ChapterOffices, String> {
}

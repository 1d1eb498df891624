package org.chapterrelations.notification.recipient;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ChapterContactRepository extends MongoRepository<ChapterContact, String> {
}

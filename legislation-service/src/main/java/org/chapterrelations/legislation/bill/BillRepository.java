package org.chapterrelations.legislation.bill;

import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

interface BillRepository extends MongoRepository<Bill, String> {

    Stream<Bill> findByJurisdictionAndSession(String jurisdiction, String session);
}

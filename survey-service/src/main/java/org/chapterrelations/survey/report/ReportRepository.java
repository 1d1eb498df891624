package org.chapterrelations.survey.report;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReportRepository extends MongoRepository<Report, String> {

    List<Report> findByYear(int year);
}

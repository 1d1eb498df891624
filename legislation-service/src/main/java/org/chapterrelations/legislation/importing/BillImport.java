package org.chapterrelations.legislation.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chapterrelations.legislation.bill.BillContent;
import org.chapterrelations.legislation.bill.BillRules;
import org.chapterrelations.legislation.bill.BillUpserter;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

/**
 * Imports a file of bills as it streams in: each record is mapped from its format, checked, and stored in
 * batches; a bad record is reported with its position and reason and the others go on. Re-importing the
 * same data finds every bill unchanged and emits nothing.
 */
@Service
public class BillImport {

    private final BillUpserter upserter;
    private final int batchSize;

    BillImport(BillUpserter upserter, @Value("${legislation.import.batch-size:500}") int batchSize) {
        this.upserter = upserter;
        this.batchSize = batchSize;
    }

    /** A page the sync fetched from a source's API, read exactly as the same page in an import file. */
    public ImportResult run(JsonNode page, ImportFormat format) {
        Run run = new Run(format, null);
        run.document("page", page);
        run.flush();
        return run.tally.result();
    }

    ImportResult run(InputStream body, boolean ndjson, ImportFormat format, String jurisdiction) {
        Run run = new Run(format, jurisdiction);
        if (ndjson) {
            RecordStream.lines(body, run::document, run.tally);
        }
        else {
            RecordStream.json(body, run::document, run.tally);
        }
        run.flush();
        return run.tally.result();
    }

    private final class Run {

        final ImportResult.Tally tally = new ImportResult.Tally();
        final ImportFormat format;
        final String jurisdiction;
        final List<BillContent> batch = new ArrayList<>();

        Run(ImportFormat format, String jurisdiction) {
            this.format = format;
            this.jurisdiction = jurisdiction;
        }

        /** A document is one bill, an Open States v3 page ({@code results}) or a Congress.gov list ({@code bills}). */
        void document(String position, JsonNode document) {
            if (document.path("results").isArray()) {
                each(position, "results", document.path("results"));
            }
            else if (document.path("bills").isArray()) {
                each(position, "bills", document.path("bills"));
            }
            else if (document.path("bill").isObject()) {
                record(position, document.path("bill"));
            }
            else {
                record(position, document);
            }
        }

        private void each(String position, String field, JsonNode records) {
            for (int i = 0; i < records.size(); i++) {
                record(position + ", " + field + "[" + i + "]", records.get(i));
            }
        }

        private void record(String position, JsonNode record) {
            try {
                BillContent content = map(record).normalised();
                List<FieldProblem> problems = BillRules.problems(content);
                if (!problems.isEmpty()) {
                    throw new RejectedRecord(problems.stream().map(p -> p.field() + " " + p.message())
                            .collect(Collectors.joining("; ")));
                }
                batch.add(content);
                if (batch.size() >= batchSize) {
                    flush();
                }
            }
            catch (RejectedRecord ex) {
                tally.reject(position, ex.getMessage());
            }
        }

        private BillContent map(JsonNode record) {
            if (!record.isObject()) {
                throw new RejectedRecord("not a bill object");
            }
            ImportFormat recordFormat = format != null ? format : ImportFormat.detect(record);
            if (recordFormat == null) {
                throw new RejectedRecord("not a bill in a known format (openstates-scrape, openstates-v3, congress)");
            }
            return switch (recordFormat) {
                case OPENSTATES_SCRAPE -> OpenStatesScrape.toBill(record, jurisdiction);
                case OPENSTATES_V3 -> OpenStatesV3.toBill(record);
                case CONGRESS -> Congress.toBill(record);
            };
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            for (BillUpserter.Outcome outcome : upserter.upsertAll(batch)) {
                switch (outcome) {
                    case CREATED -> tally.created++;
                    case UPDATED -> tally.updated++;
                    case UNCHANGED -> tally.unchanged++;
                }
            }
            batch.clear();
        }
    }
}

package org.chapterrelations.platform.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class CsvWriterTest {

    @Test
    void cellsAreQuotedOnlyWhereNeededWithQuotesDoubledAndEveryRecordEndsWithCrlf() throws IOException {
        String csv = write(List.of("name", "street"), Arrays.asList("Oregon \"Library\", Inc.", "100 Main St\nSuite 5"),
                Arrays.asList("Plain", null));

        assertThat(csv).isEqualTo("name,street\r\n\"Oregon \"\"Library\"\", Inc.\",\"100 Main St\nSuite 5\"\r\nPlain,\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefusedButNumbersAndDatesAreNot() throws IOException {
        String csv = write(Arrays.asList("=HYPERLINK(\"https://evil.example\")", "-5", -5, -3.5, 1000.0,
                new BigDecimal("1E+3"), true, LocalDate.of(2025, 1, 5)));

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"https://evil.example\"\")\",'-5,-5,-3.5,1000,1000,true,2025-01-05\r\n");
    }

    @Test
    void aDefusedCellReadsBackAsItsTextThroughAParserAndRestore() throws IOException {
        List<String> texts = List.of("=1+1", "+1 (503) 555-0100", "'=already marked", "@SUM(A1), \"quoted\"",
                "Plain, with comma");

        try (CSVParser parser = CSVParser.parse(new StringReader(write(texts)), CSVFormat.RFC4180)) {
            CSVRecord record = parser.getRecords().get(0);
            assertThat(record.stream().map(SpreadsheetFormulas::restore)).containsExactlyElementsOf(texts);
            assertThat(record.get(0)).isEqualTo("'=1+1");
        }
    }

    @Test
    void anAttachmentIsUtf8CsvWithItsFilename() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        CsvWriter csv = CsvWriter.attachment(response, "chapters.csv");
        csv.row(List.of("Bibliothèque"));
        csv.flush();

        assertThat(response.getContentType()).matches("(?i)text/csv; ?charset=utf-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"chapters.csv\"");
        assertThat(response.getContentAsByteArray()).isEqualTo("Bibliothèque\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String write(List<?>... rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toString();
    }
}

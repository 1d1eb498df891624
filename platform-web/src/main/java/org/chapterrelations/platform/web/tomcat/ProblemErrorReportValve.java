package org.chapterrelations.platform.web.tomcat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.chapterrelations.platform.web.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers (a request it refused before the application saw it: a malformed request line,
 * an illegal character) as {@code application/problem+json} instead of its HTML page. Answers the
 * application wrote itself are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus reported = known == null ? HttpStatus.BAD_REQUEST : known;
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.json(reported, detail(reported), null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the connection is gone or the response already committed: nothing more can be said
        }
    }

    private static String detail(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST
                ? "The request could not be read: its request line, a header or the query is malformed."
                : status.getReasonPhrase() + ".";
    }
}

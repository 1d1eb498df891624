package org.chapterrelations.directory.exchange.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.chapterrelations.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;

/** A CSV request body as text, refused with 413 past {@link #MAX_BYTES} (counted while reading: chunked too). */
final class CsvBody {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private CsvBody() {
    }

    static String read(HttpServletRequest request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BYTES) {
                    throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "An import file may be at most "
                            + MAX_BYTES / (1024 * 1024) + " MB: split it and import the parts one after another.");
                }
            }
        }
        String text = body.toString(charset(request.getCharacterEncoding()));
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets write a BOM
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        }
        catch (IllegalArgumentException ex) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unknown charset " + name + ": send UTF-8.");
        }
    }
}

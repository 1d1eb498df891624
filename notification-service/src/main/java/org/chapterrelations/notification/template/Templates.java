package org.chapterrelations.notification.template;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chapterrelations.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

/**
 * Text templates per event type and channel, filled by JMustache: {@code <name>.<channel>.txt}, first line
 * {@code Subject: ...}, then a blank line and the body. {@code ${field}} and {@code ${a.b}} take the event's
 * fields (a missing one is empty, a list reads {@code a, b}); {@code ${#field}...${/field}} shows a part only
 * when the field is there. A file in {@code notification.templates.dir} wins over the built-in one under
 * {@code templates/}, and is read at each use so the office's edits apply at once. A channel without its own
 * file uses the e-mail one.
 */
@Component
public class Templates {

    private static final Logger log = LoggerFactory.getLogger(Templates.class);
    private static final String SUBJECT = "Subject:";
    // Plain text, so no HTML escaping; ${...} is the placeholder the office's files were written with.
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).withDelims("${ }")
            .defaultValue("").withFormatter(Templates::format);

    private final Path overrides;

    Templates(NotificationProperties properties) {
        String dir = properties.templates().dir();
        this.overrides = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public boolean exists(String name) {
        return read(name + ".email.txt", true).isPresent();
    }

    /**
     * For deliveries: an edited template that does not parse falls back to the built-in one (logged), so
     * one broken edit does not stop the alerts.
     */
    public Rendered render(String name, String channel, Map<String, ?> fields) {
        try {
            return preview(name, channel, fields);
        }
        catch (MustacheException ex) {
            log.warn("The edited template {} for {} is broken, the built-in one is used: {}", name, channel,
                    ex.getMessage());
            return fill(name, text(name, channel, false), fields);
        }
    }

    /** Renders with the office's edits; a template that does not parse throws, naming the line at fault. */
    public Rendered preview(String name, String channel, Map<String, ?> fields) {
        return fill(name, text(name, channel, true), fields);
    }

    private static Rendered fill(String name, String text, Map<String, ?> fields) {
        if (!text.startsWith(SUBJECT)) {
            return new Rendered(name, TEXT.compile(text).execute(fields).strip());
        }
        int end = text.indexOf('\n');
        String subject = (end < 0 ? text : text.substring(0, end)).substring(SUBJECT.length());
        // From the subject's line break on, so that the parser's line numbers are the file's.
        String body = end < 0 ? "" : text.substring(end);
        return new Rendered(oneLine(TEXT.compile(subject).execute(fields)), TEXT.compile(body).execute(fields).strip());
    }

    /** A line break from a field must not end the subject header and start another one. */
    private static String oneLine(String subject) {
        return subject.replaceAll("\\R+", " ").strip();
    }

    private static CharSequence format(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private String text(String name, String channel, boolean withOverrides) {
        return read(name + "." + channel + ".txt", withOverrides).or(() -> read(name + ".email.txt", withOverrides))
                .orElseGet(() -> "Subject: " + name + "\n\nA " + name + " event.");
    }

    private Optional<String> read(String file, boolean withOverrides) {
        try {
            if (withOverrides && overrides != null && Files.isRegularFile(overrides.resolve(file))) {
                return Optional.of(Files.readString(overrides.resolve(file)));
            }
            try (InputStream in = Templates.class.getResourceAsStream("/templates/" + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), UTF_8));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chapterrelations.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Text templates per event type and channel: {@code <name>.<channel>.txt}, first line {@code Subject: ...},
 * then a blank line and the body; {@code ${field}} and {@code ${a.b}} take the event's fields. A file in
 * {@code notification.templates.dir} wins over the built-in one under {@code templates/}, and is read at
 * each use so the office's edits apply at once. A channel without its own file uses the e-mail one.
 */
@Component
public class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final String SUBJECT = "Subject:";

    private final Path overrides;

    Templates(NotificationProperties properties) {
        String dir = properties.templates().dir();
        this.overrides = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public boolean exists(String name) {
        return read(name + ".email.txt").isPresent();
    }

    public Rendered render(String name, String channel, Map<String, ?> fields) {
        String text = read(name + "." + channel + ".txt").or(() -> read(name + ".email.txt"))
                .orElseGet(() -> "Subject: " + name + "\n\nA " + name + " event.");
        String filled = fill(text, fields);
        if (filled.startsWith(SUBJECT)) {
            int end = filled.indexOf('\n');
            String subject = (end < 0 ? filled : filled.substring(0, end)).substring(SUBJECT.length()).trim();
            String body = end < 0 ? "" : filled.substring(end + 1).strip();
            return new Rendered(subject, body);
        }
        return new Rendered(name, filled.strip());
    }

    static String fill(String text, Map<String, ?> fields) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(lookup(fields, matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Object lookup(Map<String, ?> fields, String path) {
        Object value = fields;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private Optional<String> read(String file) {
        try {
            if (overrides != null && Files.isRegularFile(overrides.resolve(file))) {
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

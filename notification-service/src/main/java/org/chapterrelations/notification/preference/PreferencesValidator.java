package org.chapterrelations.notification.preference;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chapterrelations.platform.web.problem.ApiException;
import org.chapterrelations.platform.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** Turns a preferences form into preferences, naming every field at fault at once. */
final class PreferencesValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MIN_SECRET = 16;

    private PreferencesValidator() {
    }

    static Preferences toPreferences(PreferencesForm form, Preferences current, boolean staff) {
        Preferences defaults = Preferences.defaults(null, staff);
        List<FieldProblem> problems = new ArrayList<>();
        if (form.email() != null && !EMAIL.matcher(form.email()).matches()) {
            problems.add(new FieldProblem("email", "must be an e-mail address"));
        }
        Webhook webhook = webhook(form.webhook(), current.webhook(), problems);
        Map<String, Boolean> channels = merge("channels", defaults.channels(), form.channels(), problems);
        Map<String, Boolean> topics = merge("topics", defaults.topics(), form.topics(), problems);
        QuietHours quietHours = quietHours(form.quietHours(), problems);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", problems);
        }
        return new Preferences(form.email(), webhook, channels, topics,
                form.deliveryMode() == null ? DeliveryMode.IMMEDIATE : form.deliveryMode(), quietHours);
    }

    private static Webhook webhook(PreferencesForm.WebhookForm form, Webhook current, List<FieldProblem> problems) {
        if (form == null) {
            return null;
        }
        if (form.url() == null || !isHttpUrl(form.url())) {
            problems.add(new FieldProblem("webhook.url", "must be an absolute http or https URL"));
        }
        String secret = form.secret();
        if (secret == null && current != null && current.url().equals(form.url())) {
            secret = current.secret();
        }
        if (secret == null || secret.length() < MIN_SECRET) {
            problems.add(new FieldProblem("webhook.secret", "must have at least " + MIN_SECRET + " characters"));
        }
        return new Webhook(form.url(), secret);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static Map<String, Boolean> merge(String field, Map<String, Boolean> defaults, Map<String, Boolean> given,
            List<FieldProblem> problems) {
        Map<String, Boolean> merged = new LinkedHashMap<>(defaults);
        if (given != null) {
            given.forEach((key, on) -> {
                if (!defaults.containsKey(key)) {
                    problems.add(new FieldProblem(field + "." + key, "is not one of " + defaults.keySet()));
                }
                else if (on == null) {
                    problems.add(new FieldProblem(field + "." + key, "must be true or false"));
                }
                else {
                    merged.put(key, on);
                }
            });
        }
        return merged;
    }

    private static QuietHours quietHours(PreferencesForm.QuietHoursForm form, List<FieldProblem> problems) {
        if (form == null) {
            return null;
        }
        LocalTime start = time("quietHours.start", form.start(), problems);
        LocalTime end = time("quietHours.end", form.end(), problems);
        if (start != null && start.equals(end)) {
            problems.add(new FieldProblem("quietHours.end", "must differ from start"));
        }
        try {
            ZoneId.of(form.timeZone() == null ? "" : form.timeZone());
        }
        catch (DateTimeException ex) {
            problems.add(new FieldProblem("quietHours.timeZone", "must be an IANA time zone such as America/Chicago"));
        }
        return new QuietHours(start, end, form.timeZone());
    }

    private static LocalTime time(String field, String value, List<FieldProblem> problems) {
        try {
            return LocalTime.parse(value == null ? "" : value);
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem(field, "must be a time of day such as 22:00"));
            return null;
        }
    }
}

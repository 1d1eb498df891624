package org.chapterrelations.survey.answer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.chapterrelations.survey.questionnaire.Question;

/** Validators of the single-valued types: text, numbers, dates, yes-no, scale, email and URL. */
final class ScalarValidators {

    static final int TEXT_MAX = 1_000;
    static final int LONG_TEXT_MAX = 20_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private ScalarValidators() {
    }

    static AnswerValidator text(int maxLength) {
        return (raw, question, problems) -> {
            if (!(raw instanceof String text)) {
                return problems.reject("must be text");
            }
            String stripped = text.strip();
            return stripped.length() > maxLength ? problems.reject("must be at most " + maxLength + " characters")
                    : stripped;
        };
    }

    static Object number(Object raw, Question question, AnswerProblems problems) {
        BigDecimal value = decimal(raw);
        return value == null ? problems.reject("must be a number")
                : inRange(value, question, problems, value.doubleValue());
    }

    static Object integer(Object raw, Question question, AnswerProblems problems) {
        BigDecimal value = decimal(raw);
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            return problems.reject("must be a whole number");
        }
        if (value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            return problems.reject("is too large");
        }
        return inRange(value, question, problems, value.longValueExact());
    }

    static Object currency(Object raw, Question question, AnswerProblems problems) {
        BigDecimal value = decimal(raw);
        if (value == null) {
            return problems.reject("must be an amount of money");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return problems.reject("must have at most two decimal places");
        }
        if (question.min() == null && value.signum() < 0) {
            return problems.reject("must not be negative");
        }
        return inRange(value, question, problems, value.setScale(2).doubleValue());
    }

    static Object scale(Object raw, Question question, AnswerProblems problems) {
        BigDecimal value = decimal(raw);
        if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
                || value.compareTo(BigDecimal.valueOf(5)) > 0) {
            return problems.reject("must be a whole number from 1 to 5");
        }
        return value.longValueExact();
    }

    static Object date(Object raw, Question question, AnswerProblems problems) {
        if (raw instanceof String text) {
            try {
                return LocalDate.parse(text.strip()).toString();
            }
            catch (DateTimeParseException ex) {
                // fall through to the rejection below
            }
        }
        return problems.reject("must be a date as YYYY-MM-DD");
    }

    static Object yesNo(Object raw, Question question, AnswerProblems problems) {
        return raw instanceof Boolean yes ? yes : problems.reject("must be true or false");
    }

    static Object email(Object raw, Question question, AnswerProblems problems) {
        if (raw instanceof String text && text.strip().length() <= 254 && EMAIL.matcher(text.strip()).matches()) {
            return text.strip();
        }
        return problems.reject("must be an email address");
    }

    static Object url(Object raw, Question question, AnswerProblems problems) {
        if (raw instanceof String text && text.strip().length() <= 2_000) {
            try {
                URI uri = new URI(text.strip());
                if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null) {
                    return uri.toString();
                }
            }
            catch (URISyntaxException ex) {
                // fall through to the rejection below
            }
        }
        return problems.reject("must be an http or https URL");
    }

    /** JSON numbers only: a number sent as a string is refused, so clients cannot smuggle text in. */
    private static BigDecimal decimal(Object raw) {
        if (raw instanceof Double || raw instanceof Float) {
            double value = ((Number) raw).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }

    private static Object inRange(BigDecimal value, Question question, AnswerProblems problems, Object stored) {
        if (question.min() != null && value.compareTo(BigDecimal.valueOf(question.min())) < 0) {
            return problems.reject("must be at least " + plain(question.min()));
        }
        if (question.max() != null && value.compareTo(BigDecimal.valueOf(question.max())) > 0) {
            return problems.reject("must be at most " + plain(question.max()));
        }
        return stored;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}

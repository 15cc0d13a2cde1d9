package dev.standpoint.core.read;

import dev.standpoint.core.model.TextNormaliser;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalisation of declared metadata values shared by the readers. */
final class MetadataValues {

    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String DATE = "date";
    static final String SOURCE_URL = "source_url";

    private static final Pattern NUMERIC_DATE = Pattern.compile("^(?:D:)?(\\d{4})[-/]?(\\d{2})[-/]?(\\d{2})(?!\\d)");
    private static final List<DateTimeFormatter> TEXT_DATES = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("MMM. d, uuuu"),
            formatter("EEEE, MMMM d, uuuu"), formatter("EEE, d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"), formatter("MMMM d uuuu"));

    private MetadataValues() {
    }

    /** The ISO {@code yyyy-MM-dd} form of a declared date, if it can be read. */
    static Optional<String> isoDate(String raw) {
        String s = TextNormaliser.collapseWhitespace(raw);
        Matcher m = NUMERIC_DATE.matcher(s);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        for (DateTimeFormatter f : TEXT_DATES) {
            Optional<String> parsed = parseText(f, s);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /**
     * Records a date under {@code date} in ISO form when it can be parsed (else as given), keeping the raw value
     * under {@code rawKey} when that differs from {@code date}; does nothing when {@code date} is already set.
     */
    static void putDate(Map<String, String> metadata, String rawKey, String raw) {
        if (raw == null || raw.isBlank() || metadata.containsKey(DATE)) {
            return;
        }
        String value = TextNormaliser.collapseWhitespace(raw);
        Optional<String> iso = isoDate(value);
        metadata.put(DATE, iso.orElse(value));
        if (!rawKey.equals(DATE)) {
            metadata.put(rawKey, value);
        } else if (iso.isPresent() && !iso.get().equals(value)) {
            metadata.put("date_raw", value);
        }
    }

    /** Records {@code value} (white space collapsed) under {@code key} unless it is blank or the key is set. */
    static void putIfAbsent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.putIfAbsent(key, TextNormaliser.collapseWhitespace(value));
        }
    }

    private static Optional<String> parseText(DateTimeFormatter f, String s) {
        try {
            ParsePosition position = new ParsePosition(0);
            LocalDate d = LocalDate.from(f.parse(s, position));
            return Optional.of(d.toString());
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}

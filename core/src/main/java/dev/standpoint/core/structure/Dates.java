package dev.standpoint.core.structure;

import dev.standpoint.core.model.TextNormaliser;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and parses the dates that datelines, bylines and metadata carry. */
public final class Dates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private Dates() {
    }

    /** The first date written in {@code text}, in ISO, "March 23, 2021", "23 March 2021" or "3/23/2021" form. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        text = TextNormaliser.collapseWhitespace(text);
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        Matcher mdy = MDY.matcher(text);
        if (mdy.find()) {
            return month(mdy.group(1)).flatMap(mo -> of(mdy.group(3), String.valueOf(mo.getValue()), mdy.group(2)));
        }
        Matcher d = DMY.matcher(text);
        if (d.find()) {
            return month(d.group(2)).flatMap(mo -> of(d.group(3), String.valueOf(mo.getValue()), d.group(1)));
        }
        m = SLASH.matcher(text);
        if (m.find()) {
            return of(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    /** Whether the whole of {@code text} is a dateline: a date, perhaps a weekday, a time and a place. */
    public static boolean isDateline(String text) {
        String t = TextNormaliser.collapseWhitespace(text);
        if (t.length() > 80 || find(t).isEmpty()) {
            return isTimeLine(t);
        }
        String rest = t.replaceAll("(?i)" + MONTH, "").replaceAll("\\d", "")
                .replaceAll("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|"
                        + "posted|on|at|a\\.?m\\.?|p\\.?m\\.?|[a-z]{1,2}t|gmt|utc)\\b", "")
                .replaceAll("[\\s,.:/|–—-]", "");
        return rest.length() <= 25;
    }

    private static boolean isTimeLine(String t) {
        return t.matches("(?i)\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(\\s+[a-z]{2,4})?\\.?");
    }

    private static Optional<Month> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

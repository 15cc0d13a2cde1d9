package dev.standpoint.core.structure;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the speaker labels of transcripts and interviews: {@code MS. PSAKI:}, {@code THE PRESIDENT:},
 * {@code SENIOR ADMINISTRATION OFFICIAL:}, reporters' {@code Q} lines, and {@code Q:}/{@code A:} labels.
 */
public final class SpeakerLabels {

    /** The label and where the spoken text starts after it. */
    public record Label(String raw, int textStart, Kind kind) {
    }

    public enum Kind {
        /** A named or titled speaker in capitals. */
        SPEAKER,
        /** A reporter's or interviewer's question line ({@code Q}, {@code Q:}, {@code Question:}). */
        QUESTION,
        /** An answer label ({@code A:}, {@code Answer:}). */
        ANSWER
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "^[\\s\\u00A0]*((?:[A-Z][A-Z0-9.'\u2019\\-]*)(?:[ \\u00A0]+(?:[A-Z][A-Z0-9.'\u2019\\-]*|of|de|del|da|von|van|bin|al)){0,6})"
                    + "(?:[ \\u00A0]*\\([^)\\n]{1,40}\\))?:[\\s\\u00A0]+");
    /** "Q    Mr. President", "Q: Is it", "Q. Is it"; not "Q ratings" or "Question marks remain" (one space, then lower case). */
    private static final Pattern Q_LINE = Pattern.compile(
            "^[\\s\\u00A0]*(?:Q|Question)(?:[.:][\\s\\u00A0]*|[\\s\\u00A0]{2,}|[\\s\\u00A0](?!\\p{Ll}))(?=\\S)");
    private static final Pattern A_LINE = Pattern.compile("^[\\s\\u00A0]*(?:A|Answer)[.:][\\s\\u00A0]*(?=\\S)");
    /** Capitalised words before a colon that are not speakers. */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "NOTE", "UPDATE", "EDITOR'S NOTE", "EDITORS NOTE", "CORRECTION", "SOURCE", "SOURCES", "WARNING", "PS",
            "RE", "FROM", "TO", "SUBJECT", "CC", "DATE", "TIME", "PLACE", "WHERE", "WHEN", "WHAT", "WHO", "TL;DR",
            "FACT SHEET", "BACKGROUND", "SUMMARY", "TOPICS", "LOCATION", "EMBARGOED", "UPDATED", "END", "AND",
            "A", "I", "Q", "QUESTION", "ANSWER", "OK", "OKAY", "NB", "FYI", "BREAKING", "WATCH", "LISTEN", "READ",
            "PDF", "UN", "US", "USA", "EU", "NATO");
    private static final Set<String> HONORIFICS = Set.of(
            "MR", "MRS", "MS", "MISS", "DR", "PROF", "PROFESSOR", "THE", "HON", "HONORABLE", "HONOURABLE", "H.E", "SIR",
            "DAME", "LORD", "LADY");
    private static final Set<String> TITLES = Set.of(
            "PRESIDENT", "VICE", "PRIME", "MINISTER", "SECRETARY", "DEPUTY", "ASSISTANT", "UNDER", "AMBASSADOR",
            "GENERAL", "ADMIRAL", "SENATOR", "SEN", "REPRESENTATIVE", "REP", "GOVERNOR", "GOV", "CHANCELLOR", "KING",
            "QUEEN", "CROWN", "PRINCE", "FOREIGN", "STATE", "DEFENSE", "DEFENCE", "CHAIRMAN", "CHAIRWOMAN", "CHAIR",
            "SPEAKER", "LEADER", "MAYOR", "COLONEL", "COL", "CAPTAIN", "CAPT", "LIEUTENANT", "LT", "MAJOR", "ADM",
            "GEN", "COMMISSIONER", "DIRECTOR", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "PREMIER", "EMIR", "SHEIKH",
            "SULTAN", "ENVOY", "SPECIAL", "COORDINATOR", "ADVISOR", "ADVISER", "NATIONAL", "SECURITY", "PRESS",
            "ATTORNEY", "FIRST", "LADY", "SECOND", "GENTLEMAN", "HIGH", "COUNSELOR", "MADAM", "MADAME");

    private SpeakerLabels() {
    }

    /** The label that starts {@code paragraph}, if any. */
    public static Optional<Label> find(String paragraph) {
        Matcher q = Q_LINE.matcher(paragraph);
        if (q.find()) {
            return Optional.of(new Label("Q", q.end(), Kind.QUESTION));
        }
        Matcher a = A_LINE.matcher(paragraph);
        if (a.find()) {
            return Optional.of(new Label("A", a.end(), Kind.ANSWER));
        }
        Matcher m = SPEAKER.matcher(paragraph);
        if (m.find()) {
            String raw = m.group(1).strip();
            String key = raw.replace("\u2019", "'").replaceAll("\\.$", "");
            long letters = raw.chars().filter(Character::isLetter).count();
            if (letters >= 2 && !NOT_SPEAKERS.contains(key) && !key.matches(".*\\d{3,}.*")) {
                return Optional.of(new Label(raw, m.end(), Kind.SPEAKER));
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker as the task definition names holders: without honorifics and titles, in normal case.
     * {@code MS. PSAKI} → {@code Psaki}; {@code SENIOR ADMINISTRATION OFFICIAL} → {@code Senior Administration
     * Official}; a bare title ({@code THE PRESIDENT}) is returned as a title ({@code President}) for the caller to
     * resolve.
     */
    public static String normalise(String raw) {
        String[] words = raw.replace('\u00A0', ' ').strip().split("\\s+");
        int i = 0;
        while (i < words.length && HONORIFICS.contains(bare(words[i]))) {
            i++;
        }
        int titleEnd = i;
        while (titleEnd < words.length && TITLES.contains(bare(words[titleEnd]))) {
            titleEnd++;
        }
        boolean onlyTitle = titleEnd == words.length;
        boolean isRole = words.length > 0 && isRoleWord(bare(words[words.length - 1]));
        int from = onlyTitle || isRole ? i : titleEnd;
        StringBuilder b = new StringBuilder();
        for (int k = from; k < words.length; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(titleCase(words[k]));
        }
        return b.length() == 0 ? titleCase(raw.strip()) : b.toString();
    }

    /** Whether a normalised speaker is a bare title that names an office, not a person ("President"). */
    public static boolean isBareTitle(String raw) {
        String[] words = raw.replace('\u00A0', ' ').strip().split("\\s+");
        for (String w : words) {
            String b = bare(w);
            if (!HONORIFICS.contains(b) && !TITLES.contains(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoleWord(String w) {
        return Set.of("OFFICIAL", "OFFICIALS", "MODERATOR", "OPERATOR", "INTERPRETER", "PARTICIPANT", "PARTICIPANTS",
                "AUDIENCE", "MEMBER", "REPORTER", "STAFF", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN").contains(w);
    }

    private static String bare(String w) {
        return w.replaceAll("[.,]+$", "").toUpperCase(Locale.ROOT);
    }

    static String titleCase(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean up = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = !Character.isLetter(c);
        }
        return b.toString();
    }
}

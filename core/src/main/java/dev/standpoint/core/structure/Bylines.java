package dev.standpoint.core.structure;

import dev.standpoint.core.model.TextNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: a header "By Jane Roe and John Doe", a footer "• James L. Schoff", or an author bio
 * ("Jane Roe is a senior fellow at …").
 */
public final class Bylines {

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019\\-]*\\.?|\\p{Lu}\\.)";
    private static final String NAME = NAME_WORD + "(?:[ \\u00A0]+(?:(?:de|del|da|van|von|bin|al|la|le|du)[ \\u00A0]+)?"
            + NAME_WORD + "){1,4}";
    private static final Pattern HEADER = Pattern.compile("^[\\s\\u00A0]*(?:by|written by|interview by)[\\s\\u00A0]+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FOOTER = Pattern.compile("^[\\s\\u00A0]*[•·\u2014\u2013\\-*][\\s\\u00A0]*(" + NAME
            + ")[\\s\\u00A0]*(?:,.*)?$", Pattern.DOTALL);
    private static final Pattern BIO = Pattern.compile("^[\\s\\u00A0]*(" + NAME + ")(?:,[^,]{1,60},)? (?:is|was|serves as) "
            + "(?:a|an|the)\\b[^.]{0,120}\\b(?:fellow|director|professor|researcher|scholar|analyst|president|chair|"
            + "editor|correspondent|ambassador|adviser|advisor|expert|lecturer|associate|founder|head|partner|"
            + "member|officer|dean|journalist|writer|author|diplomat)\\b");
    private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "$");
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "Institute", "Center", "Centre", "University", "Foundation", "Council", "Fellow", "Senior", "Director",
            "Professor", "Program", "Programme", "Studies", "Department", "Ministry", "Office", "School", "College",
            "Project", "Initiative", "Forum", "Association", "Society", "Group", "Editor", "Staff", "Reporter",
            "Correspondent", "Press", "News", "Times", "Post", "Journal", "Review", "Chair", "Research", "Policy",
            "Affairs", "Relations", "International", "National", "Security", "Committee", "Agency",
            "Service", "Bureau", "Commission", "Embassy", "Government", "Administration", "House", "Room", "Briefing",
            "Hall", "Building", "Street", "Avenue", "Road", "Washington", "Tokyo", "Moscow");

    private Bylines() {
    }

    /** The authors of a header byline, if {@code paragraph} is one. */
    public static Optional<List<String>> header(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > 200 || p.contains("\n\n")) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(p);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = names(m.group(1));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** The author of a footer byline ("• James L. Schoff"), if {@code paragraph} is one. */
    public static Optional<String> footer(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > 120) {
            return Optional.empty();
        }
        Matcher m = FOOTER.matcher(p);
        if (m.matches() && isPersonName(m.group(1))) {
            return Optional.of(cleanName(m.group(1)));
        }
        return Optional.empty();
    }

    /** The person an author bio describes ("Jane Roe is a senior fellow at …"), if {@code paragraph} is one. */
    public static Optional<String> bio(String paragraph) {
        Matcher m = BIO.matcher(paragraph.strip());
        if (m.find() && isPersonName(m.group(1))) {
            return Optional.of(cleanName(m.group(1)));
        }
        return Optional.empty();
    }

    /** Whether the whole paragraph is just a person's name (a signature line at the end). */
    public static boolean isSignature(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= 60 && NAME_ONLY.matcher(p).matches() && isPersonName(p);
    }

    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        String cleaned = TextNormaliser.collapseWhitespace(list).replaceAll("\\([^)]*\\)", "");
        for (String part : cleaned.split(",|;|\\s+and\\s+|\\s*&\\s*|\\s+\\|\\s+")) {
            String name = cleanName(part);
            if (!name.isEmpty() && isPersonName(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String cleanName(String s) {
        return s.strip().replaceAll("^(?i)(?:dr|prof|mr|mrs|ms|amb|ambassador|professor)\\.?\\s+", "")
                .replaceAll("[\\s,;:]+$", "").replaceAll("(\\p{Ll})\\.$", "$1").replaceAll("\\s+", " ");
    }

    static boolean isPersonName(String s) {
        String t = s.strip().replaceAll("^(?i)(?:dr|prof|mr|mrs|ms)\\.?\\s+", "");
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (NOT_NAME_WORDS.contains(w.replaceAll("[.,]$", ""))) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[words.length - 1].charAt(0));
    }
}

package dev.standpoint.core.structure;

import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.Span;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.core.read.BlockHint;
import dev.standpoint.core.read.ExtractedText;
import dev.standpoint.core.read.TextBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into a structured {@link Document}: title, byline, date, question/answer pairs, speaker
 * turns and boilerplate. Three shapes are recognised, in this order of precedence: transcripts with speaker labels
 * ({@code MS. PSAKI:}) and reporters' {@code Q} lines; interviews with {@code Q:}/{@code A:} labels; and Q&amp;As
 * whose questions are paragraphs (or bold paragraphs, or headings) ending in a question mark. Anything else is
 * body text in the author's voice.
 */
public final class StructureDetector {

    private static final int HEADER_PARAGRAPHS = 8;
    private static final int MAX_QUESTION_WORDS = 80;
    private static final Pattern TITLED_PRESIDENT = Pattern.compile(
            "\\b(Vice President|President|Prime Minister|Chancellor|Secretary(?: of State)?)\\s+((?:\\p{Lu}[\\p{L}'\\-]+\\s+)?\\p{Lu}[\\p{L}'\\-]+)");
    /** "Joint Statement from Quad Leaders", "Remarks by President Okafor at …": the speaker of a one-voice text. */
    private static final Pattern TITLE_AUTHOR = Pattern.compile(
            "^(?:Joint\\s+)?(?:Statement|Remarks|Message|Letter|Address|Op-Ed|Declaration|Communiqu[eé]|"
                    + "Testimony|Keynote|Speech)s?\\s+(?:by|from|of)\\s+(?:the\\s+)?(.+?)"
                    + "(?:\\s+(?i:on|at|in|to|before|for|after|during|regarding|about|upon|with)\\s+.*|\\s*[,:(|].*|\\s+[\u2013\u2014-]\\s.*)?$");
    private static final Pattern ISO3_FILE = Pattern.compile("^([A-Z]{3})[_-]\\d");
    private static final Pattern YEAR_IN_PATH = Pattern.compile("(?<!\\d)(19[4-9]\\d|20[0-9]\\d)(?!\\d)");

    private final UnaryOperator<String> speakerCasing;
    private final BiFunction<String, Integer, String> filedState;
    private final Function<String, Optional<String>> publisherState;

    /** A detector that writes speakers' names as {@link SpeakerLabels#normalise} does. */
    public StructureDetector() {
        this(UnaryOperator.identity());
    }

    /**
     * @param speakerCasing maps a normalised speaker name to its preferred spelling (e.g. from the knowledge base:
     *                      {@code Mcdonough} → {@code McDonough}); returns its argument when it knows no better
     */
    public StructureDetector(UnaryOperator<String> speakerCasing) {
        this(speakerCasing, (code, year) -> code);
    }

    /**
     * @param filedState maps the state code a file is named after and the document's year to the state that spoke
     *                   (the knowledge base's {@code filedState}: {@code RUS} in 1977 is the Soviet Union)
     */
    public StructureDetector(UnaryOperator<String> speakerCasing, BiFunction<String, Integer, String> filedState) {
        this(speakerCasing, filedState, host -> Optional.empty());
    }

    /**
     * @param publisherState maps the host of a document's source address to the state whose government publishes
     *                       there (the knowledge base's {@code publisherState}: {@code whitehouse.gov} → {@code USA})
     */
    public StructureDetector(UnaryOperator<String> speakerCasing, BiFunction<String, Integer, String> filedState,
                             Function<String, Optional<String>> publisherState) {
        this.speakerCasing = speakerCasing;
        this.filedState = filedState;
        this.publisherState = publisherState;
    }

    /** A paragraph while its role is being decided. */
    private static final class Draft {
        Span span;
        final BlockHint hint;
        Role role;
        String speaker;
        int qa = -1;
        SpeakerLabels.Kind label;

        Draft(Span span, BlockHint hint) {
            this.span = span;
            this.hint = hint;
        }
    }

    public Document detect(ExtractedText extracted, String source) {
        String text = extracted.text();
        List<Draft> drafts = new ArrayList<>();
        for (TextBlock b : extracted.blocks()) {
            if (b.span().of(text).isBlank()) {
                continue;
            }
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (last != null && continuesAcrossBreak(last, b, text)) {
                last.span = new Span(last.span.start(), b.span().end());
            } else {
                drafts.add(new Draft(b.span(), b.hint()));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(extracted.metadata());
        String title = title(extracted, drafts, text, source);
        List<String> authors = new ArrayList<>(Bylines.names(meta.getOrDefault("author", "")));
        boolean transcript = labelSpeakers(drafts, text, title);
        markHeaderAndFooter(drafts, text, authors, transcript);
        markBoilerplate(drafts, text);
        if (transcript) {
            pairTranscriptTurns(drafts, text);
        } else {
            pairQuestions(drafts, text);
        }
        if (authors.isEmpty()) {
            authorFromTitle(title).ifPresent(authors::add);
        }
        LocalDate published = published(meta, drafts, text, source);
        countryFromFileName(source, meta, published);
        countryFromPublisher(meta);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            paragraphs.add(new Paragraph(i, d.span, d.role, d.speaker, d.qa));
        }
        String id = TextNormaliser.contentId(text);
        return new Document(id, source, extracted.format(), title, new ArrayList<>(new LinkedHashSet<>(authors)),
                published, text, paragraphs, meta);
    }

    /**
     * A page or column break in text converted from print splits a sentence into two "paragraphs": the first ends
     * without sentence punctuation and the second starts in lower case. Such a pair is one paragraph.
     */
    private static boolean continuesAcrossBreak(Draft last, TextBlock next, String text) {
        if (last.hint != BlockHint.PARAGRAPH || next.hint() != BlockHint.PARAGRAPH) {
            return false;
        }
        String a = last.span.of(text).stripTrailing();
        String b = next.span().of(text).stripLeading();
        return !a.isEmpty() && !b.isEmpty() && Character.isLowerCase(b.charAt(0))
                && ".!?:;\"'\u201D\u2019)]\u2014\u2013-".indexOf(a.charAt(a.length() - 1)) < 0
                && SpeakerLabels.find(b).isEmpty();
    }

    // ---- title -------------------------------------------------------------------------------------------------

    private static String title(ExtractedText extracted, List<Draft> drafts, String text, String source) {
        String declared = extracted.metadata().get("title");
        for (Draft d : drafts) {
            if (d.hint == BlockHint.TITLE) {
                d.role = Role.TITLE;
                if (declared == null || declared.isBlank()) {
                    declared = d.span.of(text);
                }
                break;
            }
        }
        if (declared != null && !declared.isBlank()) {
            return TextNormaliser.collapseWhitespace(declared);
        }
        if (!drafts.isEmpty()) {
            Draft first = drafts.get(0);
            String t = TextNormaliser.collapseWhitespace(first.span.of(text));
            boolean titleLike = t.split(" ").length <= 25 && !t.contains("\n") && drafts.size() > 1
                    && (t.endsWith("?") || !t.matches(".*[.!:;,]$"))
                    && SpeakerLabels.find(first.span.of(text)).isEmpty() && Bylines.header(t).isEmpty();
            if (titleLike) {
                if (!t.endsWith("?")) {
                    first.role = Role.TITLE;
                }
                return t;
            }
        }
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- speakers ----------------------------------------------------------------------------------------------

    /** Strips speaker labels from paragraph spans and records speakers; returns whether this is a transcript. */
    private boolean labelSpeakers(List<Draft> drafts, String text, String title) {
        int speakerTurns = 0;
        int questionLines = 0;
        Set<String> speakers = new LinkedHashSet<>();
        Map<Draft, Span> unlabelled = new java.util.IdentityHashMap<>();
        for (Draft d : drafts) {
            if (d.role != null) {
                continue;
            }
            Optional<SpeakerLabels.Label> label = SpeakerLabels.find(d.span.of(text));
            if (label.isEmpty()) {
                continue;
            }
            unlabelled.put(d, d.span);
            d.label = label.get().kind();
            if (d.label == SpeakerLabels.Kind.SPEAKER) {
                d.speaker = speakerName(label.get().raw(), title);
                speakers.add(d.speaker);
                speakerTurns++;
            } else if (d.label == SpeakerLabels.Kind.QUESTION) {
                questionLines++;
            }
            d.span = new Span(d.span.start() + label.get().textStart(), d.span.end());
        }
        boolean transcript = speakerTurns >= 2 || speakerTurns >= 1 && questionLines >= 1;
        if (!transcript) {
            undoUnsupportedLabels(unlabelled, questionLines > 0);
            return false;
        }
        String current = null;
        for (Draft d : drafts) {
            if (d.label == SpeakerLabels.Kind.QUESTION) {
                d.speaker = "Reporter";
            }
            if (d.speaker != null) {
                current = d.speaker;
            } else if (d.role == null && current != null) {
                d.speaker = current;
            }
        }
        return true;
    }

    /**
     * Outside a transcript a lone capitalised lead-in ("OSLO: …") is not a speaker, and without question labels an
     * "A." is an initial ("A. Wess Mitchell argued"), not an answer label: such paragraphs get their text back.
     */
    private static void undoUnsupportedLabels(Map<Draft, Span> unlabelled, boolean hasQuestionLabels) {
        unlabelled.forEach((d, span) -> {
            if (d.label == SpeakerLabels.Kind.SPEAKER || d.label == SpeakerLabels.Kind.ANSWER && !hasQuestionLabels) {
                d.span = span;
                d.label = null;
                d.speaker = null;
            }
        });
    }

    private String speakerName(String raw, String title) {
        String name = SpeakerLabels.normalise(raw);
        if (SpeakerLabels.isBareTitle(raw)) {
            Matcher m = TITLED_PRESIDENT.matcher(title == null ? "" : title);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return speakerCasing.apply(surname(m.group(2).split("\\s+")));
                }
            }
            return name;
        }
        return speakerCasing.apply(name);
    }

    /** Words a title puts right after a name that are not part of it: "President Okafor Before Departure". */
    private static final Set<String> NOT_NAME_AFTER = Set.of(
            "Before", "After", "Aboard", "During", "On", "In", "At", "To", "With", "For", "From", "Of", "Upon", "Ahead",
            "Following", "Prior", "Via", "Amid", "And", "Announces", "Signs", "Delivers", "Hosts", "Meets", "Holds",
            "Travels", "Visits", "Calls", "Speaks", "Welcomes", "Marks", "Honors", "Honours", "Awards", "Discusses",
            "Launches", "Unveils", "Participates", "Receives", "Tours", "Highlights", "Celebrates", "Addresses");

    /** The surname in "Joe Biden" or "Okafor Before": the last word unless it is not part of the name. */
    private static String surname(String[] words) {
        String last = words[words.length - 1];
        boolean notName = NOT_NAME_AFTER.contains(last) || last.endsWith("ing");
        return words.length > 1 && notName ? words[0] : last;
    }

    // ---- header, footer, boilerplate ---------------------------------------------------------------------------

    private static void markHeaderAndFooter(List<Draft> drafts, String text, List<String> authors, boolean transcript) {
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, drafts.size()); i++) {
            Draft d = drafts.get(i);
            if (d.role != null || d.label != null) {
                continue;
            }
            String p = d.span.of(text);
            Optional<List<String>> by = Bylines.header(p);
            if (by.isPresent()) {
                d.role = Role.BYLINE;
                authors.addAll(by.get());
            } else if (Dates.isDateline(p) || transcript && isLocationLine(p, i, drafts)) {
                d.role = Role.DATELINE;
            }
        }
        for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - 4); i--) {
            Draft d = drafts.get(i);
            if (d.role != null || d.label != null) {
                continue;
            }
            String p = d.span.of(text);
            Optional<String> footer = Bylines.footer(p);
            if (footer.isPresent()) {
                d.role = Role.BYLINE;
                authors.add(footer.get());
                continue;
            }
            Optional<String> bio = Bylines.bio(p);
            if (bio.isPresent()) {
                d.role = Role.BOILERPLATE;
                if (authors.isEmpty()) {
                    authors.add(bio.get());
                }
            } else if (i == drafts.size() - 1 && Bylines.isSignature(p) && !transcript) {
                d.role = Role.BYLINE;
                authors.add(TextNormaliser.collapseWhitespace(p));
            }
        }
    }

    /** A short line without sentence punctuation before the first turn of a transcript: a room, a city. */
    private static boolean isLocationLine(String p, int index, List<Draft> drafts) {
        String t = p.strip();
        boolean beforeTurns = drafts.subList(0, index).stream().noneMatch(d -> d.label != null);
        return beforeTurns && t.split("\\s+").length <= 10 && !t.matches(".*[.?!:]$") && !t.contains("\n");
    }

    private static void markBoilerplate(List<Draft> drafts, String text) {
        for (Draft d : drafts) {
            if (d.role == null && d.hint != BlockHint.TITLE && Boilerplate.matches(d.span.of(text))
                    && mostlyBoilerplate(d.span.of(text))) {
                d.role = Role.BOILERPLATE;
                if (d.label == null) {
                    d.speaker = null; // "END 1:35 P.M. EDT" is nobody's turn, though it follows one
                }
            }
        }
    }

    /** A paragraph is boilerplate when its boilerplate sentences make up most of it. */
    private static boolean mostlyBoilerplate(String paragraph) {
        String[] sentences = paragraph.split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");
        int chars = 0;
        for (String s : sentences) {
            if (Boilerplate.matches(s)) {
                chars += s.length();
            }
        }
        return chars * 2 >= paragraph.strip().length();
    }

    // ---- question/answer pairs ---------------------------------------------------------------------------------

    private static void pairTranscriptTurns(List<Draft> drafts, String text) {
        int qa = -1;
        boolean inQuestion = false;
        for (Draft d : drafts) {
            if (d.role != null) {
                continue;
            }
            if (d.label == SpeakerLabels.Kind.QUESTION || "Reporter".equals(d.speaker) && inQuestion) {
                if (d.label == SpeakerLabels.Kind.QUESTION) {
                    qa++;
                }
                d.role = Role.QUESTION;
                d.qa = qa;
                inQuestion = true;
            } else {
                inQuestion = false;
                d.role = qa >= 0 ? Role.ANSWER : Role.BODY;
                d.qa = qa;
            }
        }
    }

    private static void pairQuestions(List<Draft> drafts, String text) {
        boolean labelled = drafts.stream().anyMatch(d -> d.label == SpeakerLabels.Kind.QUESTION);
        int qa = -1;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.role == Role.TITLE && isQuestion(d, text, drafts, i, labelled)) {
                d.role = null;
            }
            if (d.role != null) {
                continue;
            }
            if (isQuestion(d, text, drafts, i, labelled)) {
                qa++;
                d.role = Role.QUESTION;
                d.qa = qa;
            } else if (d.hint == BlockHint.HEADING || d.hint == BlockHint.TITLE) {
                d.role = Role.HEADING;
                qa = qa >= 0 ? closeAfterHeading(qa) : qa;
            } else {
                d.role = qa >= 0 && lastQuestionOpen(drafts, i) ? Role.ANSWER : Role.BODY;
                d.qa = d.role == Role.ANSWER ? qa : -1;
            }
        }
    }

    private static int closeAfterHeading(int qa) {
        return qa;
    }

    /** Whether the nearest structural paragraph before {@code i} is a question or an answer (not a heading). */
    private static boolean lastQuestionOpen(List<Draft> drafts, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Role r = drafts.get(k).role;
            if (r == Role.QUESTION || r == Role.ANSWER) {
                return true;
            }
            if (r == Role.HEADING) {
                return false;
            }
        }
        return false;
    }

    private static boolean isQuestion(Draft d, String text, List<Draft> drafts, int i, boolean labelled) {
        if (d.label == SpeakerLabels.Kind.QUESTION) {
            return true;
        }
        if (d.label == SpeakerLabels.Kind.ANSWER || labelled && d.hint == BlockHint.PARAGRAPH) {
            return false;
        }
        String t = TextNormaliser.collapseWhitespace(d.span.of(text)).replaceAll("[\"'\u201D\u2019)*_\\s]+$", "");
        if (!t.endsWith("?") || t.split(" ").length > MAX_QUESTION_WORDS) {
            return false;
        }
        // Roles set before pairing are title, byline, dateline and boilerplate: none of them answers a question.
        boolean hasAnswer = i + 1 < drafts.size() && drafts.get(i + 1).role == null;
        return hasAnswer;
    }

    private static Optional<String> authorFromTitle(String title) {
        Matcher m = TITLE_AUTHOR.matcher(title == null ? "" : title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String who = m.group(1).strip();
        return who.split("\\s+").length <= 6 && Character.isUpperCase(who.charAt(0)) ? Optional.of(who) : Optional.empty();
    }

    // ---- date --------------------------------------------------------------------------------------------------

    private static LocalDate published(Map<String, String> meta, List<Draft> drafts, String text, String source) {
        for (String key : List.of("date", "published", "published_time", "created", "modified")) {
            Optional<LocalDate> d = Dates.find(meta.get(key));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Draft d : drafts) {
            if (d.role == Role.DATELINE || d.role == Role.BYLINE) {
                Optional<LocalDate> date = Dates.find(d.span.of(text));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        Matcher y = YEAR_IN_PATH.matcher(source);
        String year = null;
        while (y.find()) {
            year = y.group(1);
        }
        if (year != null) {
            meta.putIfAbsent("year", year);
        }
        return null;
    }

    /**
     * "USA_74_2019.txt", "JPN-statement.md": a file named after a state's ISO 3166-1 alpha-3 code; in a year when the
     * code files a former state's documents ("RUS_32_1977.txt"), that state's.
     */
    /** A document a government published at its own address is that state's ("whitehouse.gov": the United States). */
    private void countryFromPublisher(Map<String, String> meta) {
        String url = meta.get("source_url");
        if (url == null || meta.containsKey("country")) {
            return;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            publisherState.apply(host).ifPresent(state -> meta.put("country", state));
        } catch (IllegalArgumentException notAnAddress) {
            // a malformed address names no publisher
        }
    }

    private void countryFromFileName(String source, Map<String, String> meta, LocalDate published) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Matcher m = ISO3_FILE.matcher(name);
        if (m.find()) {
            String year = published != null ? String.valueOf(published.getYear()) : meta.get("year");
            boolean dated = year != null && year.matches("\\d{4}");
            meta.putIfAbsent("country", dated ? filedState.apply(m.group(1), Integer.valueOf(year)) : m.group(1));
        }
    }
}

package dev.standpoint.index.answer;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question into what it is about (entities, relationships and the words left for keyword search), whose
 * views it asks for (a group such as "U.S. experts", a person named as the one who said or judged, a state whose
 * statement it names), when (dates, months, years) and which kind of document (a press call, a joint statement,
 * an address). The parts about who, when and which document are kept out of the keyword search: they pick
 * documents and holders, not sentences.
 */
public final class QuestionAnalyser {

    private static final Set<String> FRAMING = Set.of(
            "how", "what", "why", "whether", "which", "who", "do", "does", "did", "is", "are", "was", "were", "assess",
            "assessed", "assessment", "assessments", "view", "views", "viewed", "see", "sees", "think", "thinks",
            "experts", "expert", "analysts", "describe", "described", "characterize", "characterized", "characterise",
            "evaluate", "evaluated", "say", "said", "according", "regard", "regarded", "opinion", "opinions", "feel",
            "about", "judge", "judged", "perceive", "perceived", "position", "stance", "the", "a", "an", "of", "on",
            "in", "at", "to", "and", "their", "his", "her", "its", "they", "he", "she", "it", "there", "this", "that",
            "take", "took", "warn", "warned", "would", "could", "after", "before", "during", "by", "for", "with",
            "from", "frame", "framed", "portray", "portrayed", "depict", "depicted", "present", "present-day", "rate",
            "rated", "read", "interpret", "interpreted", "gauge", "gauged", "appraise", "appraised", "released");
    private static final Pattern GROUP = Pattern.compile(
            "\\b((?:(?:[A-Z][\\p{L}.'-]*|senior|top|leading|many|some|most|administration|government)\\s+){0,5}"
                    + "(?:experts|officials|analysts|observers|diplomats|leaders|policymakers|scholars|critics|allies|"
                    + "administration|government|spokespeople|spokesperson|team|official))\\b");
    /**
     * "experts", "most analysts", "senior officials", an unnamed "administration": everyone's view is asked for, not
     * one group's.
     */
    private static final Pattern GENERIC_GROUP = Pattern.compile(
            "(?i)(?:(?:the|many|some|most|senior|top|leading)\\s+)*(?:experts|officials|analysts|observers|diplomats|"
                    + "leaders|policymakers|scholars|critics|allies|spokespeople|spokesperson|official|administration|"
                    + "government)");
    private static final Pattern EVENT = Pattern.compile(
            "(?i)\\b((?:background\\s+|on-the-record\\s+|virtual\\s+|joint\\s+)?(?:press\\s+(?:call|briefing|conference|"
                    + "gaggle|availability|statement|release)|news\\s+conference|briefing|gaggle|joint\\s+statement|"
                    + "statement|remarks|speech|address|interview|testimony|hearing|op-ed|fact\\s+sheet|readout|"
                    + "(?:UN|U\\.N\\.|United\\s+Nations)?\\s*General\\s+(?:Assembly|Debate)(?:\\s+(?:address|statement|"
                    + "speech|debate))?))\\b");
    private static final Pattern SCENE = Pattern.compile(
            "(?i)((?:in|at|after|before|during|following|since|on|according\\s+to|speaking\\s+at|when|while|as)\\s"
                    + "[^?]*?),\\s+(?=(?:how|what|why|which|who|whom|whether|did|does|do|is|are|was|were|has|have|had|"
                    + "would|could|should|will|can)\\b)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    /**
     * "March 2" without a year: it takes the year of the full date beside it ("held March 1, 2024 (posted March 2)").
     */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[4-9]\\d|20\\d\\d)\\b");
    /** A year right before the name of a document or event: "the 2015 UN General Debate", "its 1987 speech". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("\\b(19[4-9]\\d|20\\d\\d)\\s+$");
    /** The auxiliary after which a question names whose view it asks for ("how did Kenya assess"). */
    private static final String AUXILIARY = "(?:did|does|do|has|have|had)";
    /** The verbs by which a question asks for someone's view, after its subject ("how did Kenya assess"). */
    private static final String VIEW_VERBS = "describe|say|said|assess|characteri[sz]e|view|see|think|explain|frame|"
            + "portray|present|judge|regard|evaluate|expect|predict|warn|argue|respond|react|take|claim|insist|stress|"
            + "rate|read|interpret|gauge|appraise";
    private static final Pattern VIEW_VERB_AFTER = Pattern.compile("(?i)^\\s*(?:" + VIEW_VERBS + ")\\b");
    private static final String TITLES = "(?:Vice\\s+)?President|Prime\\s+Minister|(?:Deputy\\s+)?Secretary(?:\\s+of\\s+State)?|"
            + "Secretary-General|National\\s+Security\\s+Advis[eo]r|Press\\s+Secretary|Foreign\\s+Minister|Minister|"
            + "Chancellor|Ambassador|Premier|King|Emir|Senator|Governor";
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:" + TITLES + "|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?)\\s+$");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?:" + TITLES + "|Dr\\.|First\\s+Lady)\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019-]+)");
    /**
     * "how did southern border coordinator Roberta Jacobson judge", "how did National Economic Advisor Lael Brainard
     * assess": a name of two or three capitalised words, after "did" and a description or title (group 1), right
     * before a verb of view; group 2 is the name, whose last word is the holder asked about.
     */
    private static final Pattern DESCRIBED_NAME = Pattern.compile("\\b" + AUXILIARY + "\\s+(?:the\\s+)?"
            + "((?:[\\p{L}][\\p{L}-]*\\s+){0,5}?)((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,2}\\p{Lu}[\\p{L}-]+)\\s+(?=(?:" + VIEW_VERBS
            + ")\\b)");
    /**
     * What a speaker's name follows when the question names their words ("the statement by", "remarks from", "the
     * address of", "the position of the President"), not any "by" or "from" ("withdrawal from the Iran nuclear deal").
     */
    private static final Pattern SPOKEN_BY = Pattern.compile("(?i)\\b(?:(?:statements?|remarks|address|speech|"
            + "testimony|comments|message|letter|interview|op-ed|words|delivered|given|made|issued|written)\\s+(?:by|from)"
            + "|(?:statements?|remarks|address|speech|view|views|position|assessment)\\s+of)\\s+(?:the\\s+)?"
            + "(?:(?:" + TITLES + ")\\s+)?$");
    /**
     * A speaker named by office alone as the subject of the verb of view ("how did the President characterize",
     * "how does the delegation assess"): whose words to read, not a word of the subject; a named speaker is a holder
     * ({@link #titledNames}).
     */
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile("(?i)\\b" + AUXILIARY + "\\s+(the\\s+"
            + "(?:(?:Vice\\s+)?President|Prime\\s+Minister|Secretary-General|Secretary|Minister|Chancellor|Ambassador|"
            + "delegation|speaker|official|spokesperson|spokesman|spokeswoman))\\s+(?=(?:" + VIEW_VERBS + ")\\b)");
    /** Capitalised words right after "did" and before a title: "how did Treasury Secretary Janet Yellen". */
    private static final Pattern DEPARTMENT_BEFORE = Pattern.compile(
            "(?i:\\b" + AUXILIARY + "\\s+(?:the\\s+)?)((?:\\p{Lu}[\\p{L}.-]*\\s+){1,3})$");
    private static final Pattern VIEW_AUX_BEFORE = Pattern.compile(
            "(?i)\\b" + AUXILIARY + "\\s+(?:the\\s+)?(?:(?:President|Prime\\s+Minister|Secretary|Minister|"
                    + "Chancellor|Ambassador|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?)\\s+)?$");

    /** A verb asking for a judgement, and the phrase it asks about up to the end of the question. */
    private static final Pattern JUDGED = Pattern.compile(
            "(?i)\\b(?:assess(?:es|ed)?|characteri[sz]e[sd]?|describe[sd]?|view(?:s|ed)?|judge[sd]?|evaluate[sd]?|"
                    + "rate[sd]?|interpret(?:s|ed)?|appraise[sd]?|"
                    + "portray(?:s|ed)?|depict(?:s|ed)?|frame[sd]?|regard(?:s|ed)?|"
                    + "(?<!the\\s)present(?:s|ed)?(?=\\s+(?:the|a|an|its|their|his|her|this|that|these|those)\\b)|"
                    + "(?:say|said|think|thought|feel|felt)\\s+(?:about|of))\\s+"
                    + "([^?]+)");
    /** Where the head of a noun phrase has been passed: a preposition, a relative word or a participle's "by". */
    private static final Pattern AFTER_HEAD = Pattern.compile(
            "(?i)\\s(?:of|on|in|to|toward|towards|with|from|against|between|for|by|over|under|at|after|before|"
                    + "during|within|among|across|around|amid|about|regarding|concerning|into|through|throughout|"
                    + "beyond|that|which|who|as|if|when)\\s");
    /**
     * A facet of what is judged, before "of" or "for": "the significance of the agreement", "the tone and quality of
     * those talks", "the overall state of world affairs", "the track record of peacekeeping", "the prospects for
     * investment". Asked to assess the facet, the speaker judges the thing: the facet's words are neither searched
     * for nor the subject, and the thing's head is the head asked about. Lower case only, so "the State of Qatar"
     * stays a name.
     */
    private static final String FACETS = "track\\s+record|record|significance|importance|state|tone|quality|nature|"
            + "character|wave|prospects|outlook|status|progress|extent|scope|level|pace|health|value|future|course|"
            + "amount|quantity|volume|scale|effects?|impact|consequences|implications|outcome|results";
    private static final Pattern FACET = Pattern.compile("\\b(?:the\\s+)?(?:(?:overall|general|strategic|current|"
            + "present|broader|long-term)\\s+)?(?:" + FACETS + ")(?:\\s+(?:and|or)\\s+(?:the\\s+)?(?:" + FACETS
            + "))*(?:\\s+for\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)*)?\\s+(?:of|for)\\s");
    /** Words that open a clause, not a noun phrase: "whether he could trust him" names no head. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("whether", "how", "what", "why", "which", "who", "if");
    /**
     * Words in -ing that name an activity and modify the noun after them ("the government funding bill", "the
     * peacekeeping mission"), not participles that take an object ("the treaty banning nuclear tests").
     */
    private static final Set<String> NOMINAL_ING = Set.of("funding", "spending", "peacekeeping", "peacebuilding",
            "training", "housing", "shipping", "banking", "fishing", "trading", "building", "planning", "manufacturing",
            "processing", "monitoring", "reporting", "lending", "screening", "fact-checking", "policing", "bombing",
            "shelling", "fighting", "mining", "farming", "drilling", "testing", "sharing", "warning", "pricing",
            "accounting", "engineering", "marketing", "opening", "meeting", "hearing", "briefing", "offering");
    /** Verbs in the past, and auxiliaries, that follow the subject of a relative clause without its "that". */
    private static final Set<String> PAST_VERBS = Set.of("gave", "made", "had", "has", "have", "took", "said", "wrote",
            "struck", "brought", "set", "put", "led", "won", "sent", "held", "built", "sought", "began", "chose",
            "drew", "laid", "left", "met", "paid", "saw", "spoke", "told", "was", "is", "would", "will", "could",
            "did", "does", "gives", "makes", "says", "proposed", "offered");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "our", "my", "your");
    private static final Set<String> NOT_HEADS = Set.of("its", "their", "his", "her", "the", "a", "an", "and", "or",
            "itself", "personally", "generally");

    /** "the address for the United States", "the statement of Brazil", "the speech by Japan": the state stating. */
    private static final Pattern STATEMENT_FOR = Pattern.compile("(?i)\\b(?:address|statement|speech|remarks)\\s+"
            + "(?:for|of|by|on\\s+behalf\\s+of)\\s+(?:the\\s+)?$");
    /**
     * "In its 1987 General Debate speech, how did China assess …": the state that is the subject of the verb of view
     * after a statement named by "its".
     */
    private static final Pattern ITS_STATEMENT = Pattern.compile("(?i)\\bits\\s+(?:\\d{4}\\s+)?(?:(?:UN|U\\.N\\.)\\s+)?"
            + "(?:General\\s+Debate\\s+)?(?:speech|statement|address)\\b");
    /** Who speaks for a state, after its possessive: "Japan's delegation", "India's foreign minister". */
    private static final Pattern STATE_SPEAKER = Pattern.compile("(?i)(?:delegation|representative|delegate|"
            + "government|(?:foreign|prime)\\s+minister|president|ambassador|head\\s+of\\s+(?:state|government))\\b");
    /** The General Assembly, whose debates are the speeches of states. */
    private static final Pattern DEBATE = Pattern.compile("\\bGeneral\\s+(?:Assembly|Debate)\\b");
    /** "'s 2015 UN", "' 2016" (after a name ending in s: "the Marshall Islands' statement"): a possessive. */
    private static final Pattern POSSESSIVE_BEFORE_EVENT = Pattern.compile(
            "^['\u2019](s)?\\s+(?:\\d{4}\\s+)?(?:[\\p{L}.]+\\s+){0,3}?");

    private final EntityLinker linker;

    public QuestionAnalyser(EntityLinker linker) {
        this.linker = linker;
    }

    public QuestionAnalysis analyse(String question) {
        String q = question.strip();
        Links links = linker.link(q, new Span(0, q.length()), LinkContext.none());
        List<Span> holderSpans = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        Set<String> holderIds = new LinkedHashSet<>();
        List<Span> everyone = new ArrayList<>();
        groups(q, links, holderSpans, holders, holderIds, everyone);
        people(q, links, holderSpans, holders, holderIds);
        titledNames(q, holderSpans, holders);
        Set<String> statementOf = statesStating(q, links, holderSpans);
        holderIds.addAll(statementOf);
        List<Span> removed = new ArrayList<>(holderSpans);
        Matcher unnamed = UNNAMED_SPEAKER.matcher(q);
        while (unnamed.find()) {
            removed.add(new Span(unnamed.start(1), unnamed.end(1)));
        }
        Matcher facet = FACET.matcher(q);
        while (facet.find()) {
            removed.add(new Span(facet.start(), facet.end()));
        }
        Set<String> dates = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        dates(q, dates, months, years, removed);
        StringBuilder documentWords = new StringBuilder();
        String documentYear = "";
        Matcher e = EVENT.matcher(q);
        while (e.find()) {
            documentWords.append(documentWords.length() == 0 ? "" : " ").append(e.group(1).strip());
            removed.add(new Span(e.start(1), e.end(1)));
            Matcher year = YEAR_BEFORE.matcher(q.substring(0, e.start(1)));
            if (documentYear.isEmpty() && year.find()) {
                documentYear = year.group(1);
            }
        }
        Set<String> entities = new LinkedHashSet<>();
        Set<String> topicEntities = new LinkedHashSet<>();
        Span scene = scene(q);
        for (Mention m : links.mentions()) {
            if (!inside(m.span(), holderSpans)) {
                entities.add(m.entityId());
                if (scene == null || !scene.contains(m.span())) {
                    topicEntities.add(m.entityId());
                }
            }
        }
        List<Span> outsideTopic = new ArrayList<>(removed);
        outsideTopic.addAll(everyone);
        if (scene != null) {
            outsideTopic.add(scene);
        }
        Set<String> dyads = new LinkedHashSet<>();
        for (Dyad d : links.dyads()) {
            dyads.add(d.key());
        }
        return new QuestionAnalysis(question, searchText(q, removed), documentWords.toString(), entities, dyads,
                holders, holderIds, dates, months, years, searchText(q, outsideTopic), topicEntities,
                statementOf, heads(q), documentYear);
    }

    /**
     * The head nouns of what the question asks to be judged: the phrase after "assess", "characterize", "describe",
     * "say about" … and after a facet of it ("the significance of", {@link #FACET}), cut where its first head ends (a
     * preposition or relative word), split at "and" and commas, the last word of each part that is not a participle
     * ("the defense agreement signed by Russia" → agreement). A part that is a clause ("whether he could trust him")
     * has none.
     */
    static List<String> heads(String q) {
        Matcher m = JUDGED.matcher(q);
        if (!m.find()) {
            return List.of();
        }
        String judged = m.group(1);
        Matcher facet = FACET.matcher(judged);
        if (facet.lookingAt()) {
            judged = judged.substring(facet.end());
        }
        String phrase = " " + judged + " ";
        Matcher cut = AFTER_HEAD.matcher(phrase);
        if (cut.find()) {
            phrase = phrase.substring(0, cut.start());
        }
        List<String> out = new ArrayList<>();
        for (String part : phrase.split("(?i),|\\sand\\s")) {
            String[] words = beforeParticiple(part.strip().split("\\s+"));
            if (words.length == 0 || CLAUSE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int i = words.length - 1; i >= 0; i--) {
                String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                if (w.length() > 2 && !NOT_HEADS.contains(w) && !w.endsWith("ed")) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The words before a participle that opens a modifier after the head ("the treaty banning nuclear tests" → "the
     * treaty"), or before a name that opens a relative clause without its "that" ("the speech President Putin gave",
     * "the pact Beijing had concluded" → "the speech", "the pact"); one right after a determiner or a possessive
     * modifies the head before it ("the growing ties", "Japan's expanding trade", "the Iran deal") and stays, and so
     * does one that ends the phrase, which takes no object and is the head itself ("international backing for
     * Ukraine").
     */
    private static String[] beforeParticiple(String[] words) {
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            String prev = words[i - 1].toLowerCase(Locale.ROOT);
            boolean modifiesNext = NOT_HEADS.contains(prev) || DEMONSTRATIVES.contains(prev) || prev.endsWith("ly")
                    || prev.matches(".*['’]s?");
            boolean newSubject = Character.isUpperCase(words[i].charAt(0))
                    && Character.isLowerCase(words[i - 1].charAt(0)) && verbAfterName(words, i);
            boolean participle = (w.length() > 5 && w.endsWith("ing") && !NOMINAL_ING.contains(w) || w.equals("being"))
                    && i < words.length - 1;
            if (!modifiesNext && (participle || newSubject)) {
                return Arrays.copyOf(words, i);
            }
        }
        return words;
    }

    /**
     * Whether the capitalised name at {@code i} is followed by a verb in the past ("President Diallo gave", "Beijing
     * had concluded"), or that ends the phrase after a plural ("the justifications Britain and France offered", split
     * at "and"): a name that opens a relative clause, not one that modifies the head ("the overall U.S.–China
     * relationship", "the Sino-British arrangement") or is the head ("the newly adopted Pact for the Future", "the new
     * Treaty on …").
     */
    private static boolean verbAfterName(String[] words, int i) {
        int j = i;
        while (j < words.length && Character.isUpperCase(words[j].charAt(0))) {
            j++;
        }
        if (j >= words.length) {
            return words[i - 1].endsWith("s");
        }
        String w = words[j].toLowerCase(Locale.ROOT);
        return w.endsWith("ed") || PAST_VERBS.contains(w);
    }

    /**
     * A fronted phrase that sets the scene, up to the comma before the question proper: "At his June 16, 2021 press
     * conference in Geneva after meeting Putin, what did…", "According to Russia's 2015 statement, how…". Null when the
     * question does not open with one.
     */
    private static Span scene(String q) {
        Matcher m = SCENE.matcher(q);
        return m.lookingAt() ? new Span(0, m.end(1)) : null;
    }

    /**
     * "U.S. experts", "senior Biden administration officials", "the Quad leaders". A generic group ("senior
     * officials", "experts") asks for everyone's view: it names no holder, and its words, which say whose view is
     * asked for, go into {@code everyone}, out of the subject. A group named inside what is asked to be judged ("how
     * did Ms. Reyes judge the policies the Lima government inherited") is part of the subject.
     */
    private void groups(String q, Links links, List<Span> spans, List<String> holders, Set<String> ids,
                        List<Span> everyone) {
        Matcher judged = JUDGED.matcher(q);
        int subject = judged.find() ? judged.start(1) : q.length();
        Matcher m = GROUP.matcher(q);
        while (m.find()) {
            if (m.start(1) >= subject) {
                // inside what is judged ("the policies the Biden administration inherited"): the subject, not a holder
                continue;
            }
            if (GENERIC_GROUP.matcher(m.group(1)).matches()) {
                everyone.add(new Span(m.start(1), m.end(1)));
                continue;
            }
            Span span = new Span(m.start(1), m.end(1));
            spans.add(span);
            holders.add(m.group(1).replaceAll("^(?i)(?:the|many|some|most)\\s+", ""));
            for (Mention mention : links.mentions()) {
                if (span.contains(mention.span())) {
                    ids.add(linker.actor(mention.entityId()));
                }
            }
        }
    }

    /**
     * "how did Jen Psaki describe", "did President Biden think", "what did the White House expect": a person, state
     * or organisation right before a verb of saying or judging, or after "did".
     */
    private void people(String q, Links links, List<Span> spans, List<String> holders, Set<String> ids) {
        for (Mention mention : links.mentions()) {
            Entity e = linker.knowledgeBase().get(mention.entityId()).orElse(null);
            if (e == null || e.type() == EntityType.PLACE || inside(mention.span(), spans)) {
                continue;
            }
            String after = q.substring(mention.span().end());
            String before = q.substring(0, mention.span().start());
            boolean speaks = VIEW_VERB_AFTER.matcher(after).find() || VIEW_AUX_BEFORE.matcher(before).find()
                    || SPOKEN_BY.matcher(before).find();
            if (speaks) {
                spans.add(titled(q, mention.span()));
                holders.add(e.type() == EntityType.PERSON ? e.attributes().getOrDefault("surname", e.name()) : e.name());
                ids.add(e.id());
                if (e.country() != null) {
                    ids.add(e.country());
                }
            }
        }
    }

    /**
     * "Russia's 2015 UN General Debate statement", "Kissinger's address for the United States", "in its 1987 General
     * Debate speech, how did China assess …": the states whose statement it is, which hold its views.
     */
    private Set<String> statesStating(String q, Links links, List<Span> spans) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention mention : links.mentions()) {
            Entity e = linker.knowledgeBase().get(mention.entityId()).orElse(null);
            if (e == null || e.type() != EntityType.STATE) {
                continue;
            }
            String after = q.substring(mention.span().end());
            String before = q.substring(0, mention.span().start());
            Matcher m = POSSESSIVE_BEFORE_EVENT.matcher(after);
            boolean possessive = m.find() && (m.group(1) != null || q.charAt(mention.span().end() - 1) == 's');
            boolean speaks = VIEW_VERB_AFTER.matcher(after).find() || VIEW_AUX_BEFORE.matcher(before).find();
            Matcher speaker = STATE_SPEAKER.matcher(possessive ? after.substring(m.end()) : "");
            boolean spokenFor = possessive && speaker.lookingAt();
            if (spokenFor) {
                // "Japan's delegation": the speaker's words are no more the subject than the state's name
                spans.add(new Span(mention.span().start(), mention.span().end() + m.end() + speaker.end()));
            }
            boolean named = possessive && EVENT.matcher(after.substring(m.end())).lookingAt() || spokenFor
                    || STATEMENT_FOR.matcher(before).find()
                    || ITS_STATEMENT.matcher(before).find() && VIEW_VERB_AFTER.matcher(after).find()
                    || speaks && DEBATE.matcher(q).find();
            if (named) {
                spans.add(mention.span());
                ids.add(e.id());
            }
        }
        return ids;
    }

    /** The span of a name with the title before it ("President Biden"), so that both leave the keyword search. */
    private static Span titled(String q, Span name) {
        Matcher t = TITLE_BEFORE.matcher(q.substring(0, name.start()));
        return t.find() ? new Span(t.start(), name.end()) : name;
    }

    /**
     * "how did Prime Minister Imran Khan characterize": a title and a capitalised name right before a verb of saying
     * or judging, or after "did", is the speaker asked about even when the knowledge base does not know them. Its
     * words leave the subject ("Prime Minister" would otherwise match every sentence naming a prime minister).
     */
    private static void titledNames(String q, List<Span> spans, List<String> holders) {
        Matcher m = TITLED_NAME.matcher(q);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (spans.stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                continue;
            }
            String before = q.substring(0, m.start());
            Matcher department = DEPARTMENT_BEFORE.matcher(before);
            boolean afterDid = department.find();
            if (VIEW_VERB_AFTER.matcher(q.substring(m.end())).find() || VIEW_AUX_BEFORE.matcher(before).find()
                    || afterDid || SPOKEN_BY.matcher(before).find()) {
                // "Treasury Secretary Janet Yellen", "Colombian President Juan Manuel Santos": the department or
                // state before the title is the speaker's too
                spans.add(afterDid ? new Span(department.start(1), span.end()) : span);
                String[] words = m.group(1).split("\\s+");
                holders.add(words[words.length - 1].replaceAll("['\u2019]s$", ""));
            }
        }
        Matcher bare = DESCRIBED_NAME.matcher(q);
        while (bare.find()) {
            Span span = new Span(bare.start(2), bare.end(2));
            if (spans.stream().noneMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                spans.add(new Span(bare.start(1), bare.end(2)));
                String[] words = bare.group(2).split("\\s+");
                holders.add(words[words.length - 1]);
            }
        }
    }

    private static boolean inside(Span s, List<Span> spans) {
        for (Span h : spans) {
            if (h.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String searchText(String q, List<Span> removed) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < q.length(); i++) {
            final int at = i;
            kept.append(removed.stream().anyMatch(s -> s.start() <= at && at < s.end()) ? ' ' : q.charAt(i));
        }
        StringBuilder b = new StringBuilder();
        for (String raw : kept.toString().split("\\s+")) {
            String w = raw.replaceAll("^[\"'\u201C\u2018(]+|[\"'\u201D\u2019)?!,;:]+$", "").replaceAll("(?<=\\p{Ll}{2})\\.$", "");
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!lower.isEmpty() && !FRAMING.contains(lower) && !lower.matches("\\d{1,2}|'?s")) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** The date of a year, a month's name and a day, or null when there is no such day ("February 30"). */
    private static LocalDate date(String year, String monthName, String day) {
        try {
            Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void dates(String q, Set<String> dates, Set<String> months, Set<String> years, List<Span> removed) {
        Matcher m = FULL_DATE.matcher(q);
        while (m.find()) {
            LocalDate d = date(m.group(3), m.group(1), m.group(2));
            if (d != null) {
                dates.add(d.toString());
                months.add(d.toString().substring(0, 7));
                years.add(m.group(3));
                removed.add(new Span(m.start(), m.end()));
            }
        }
        if (dates.size() == 1) {
            String year = dates.iterator().next().substring(0, 4);
            Matcher md = MONTH_DAY.matcher(q);
            while (md.find()) {
                LocalDate d = date(year, md.group(1), md.group(2));
                if (d != null) {
                    dates.add(d.toString());
                    removed.add(new Span(md.start(), md.end()));
                }
            }
        }
        Matcher my = MONTH_YEAR.matcher(q);
        while (my.find()) {
            Month month = Month.valueOf(my.group(1).toUpperCase(Locale.ROOT));
            months.add(String.format(Locale.ROOT, "%s-%02d", my.group(2), month.getValue()));
            years.add(my.group(2));
            removed.add(new Span(my.start(), my.end()));
        }
        Matcher y = YEAR.matcher(q);
        while (y.find()) {
            years.add(y.group(1));
            removed.add(new Span(y.start(), y.end()));
        }
    }
}

package dev.standpoint.index.answer;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Span;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question: the entities and relationships it is about, whose views it asks for, the dates it names, and
 * the words left for keyword search once the framing ("how do experts assess …") is removed.
 */
public final class QuestionAnalyser {

    private static final Set<String> FRAMING = Set.of(
            "how", "what", "why", "whether", "which", "who", "do", "does", "did", "is", "are", "was", "were", "assess",
            "assessed", "assessment", "assessments", "view", "views", "viewed", "see", "sees", "think", "thinks",
            "experts", "expert", "analysts", "describe", "described", "characterize", "characterized", "characterise",
            "evaluate", "evaluated", "say", "said", "according", "regard", "regarded", "opinion", "opinions", "feel",
            "about", "judge", "judged", "perceive", "perceived", "position", "stance", "the", "a", "an", "of", "on",
            "in", "at", "to", "and", "their", "his", "her", "its", "they", "he", "she", "it", "there", "this", "that");
    private static final Pattern GROUP = Pattern.compile(
            "\\b((?:(?:[A-Z][\\p{L}.'-]*|senior|top|leading|many|some|most)\\s+){0,4}(?:experts|officials|analysts|"
                    + "observers|diplomats|leaders|policymakers|scholars|critics|allies|administration|government|"
                    + "officials|spokespeople|spokesperson|team))\\b");
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b");

    private final EntityLinker linker;

    public QuestionAnalyser(EntityLinker linker) {
        this.linker = linker;
    }

    public QuestionAnalysis analyse(String question) {
        String q = question.strip();
        Links links = linker.link(q, new Span(0, q.length()), LinkContext.none());
        List<String> holders = holderTerms(q, links);
        Set<String> holderEntities = holderEntities(q, links);
        Set<String> entities = new LinkedHashSet<>();
        for (Mention m : links.mentions()) {
            if (!holderEntities.contains(m.entityId())) {
                entities.add(m.entityId());
            }
        }
        Set<String> dyads = new LinkedHashSet<>();
        for (Dyad d : links.dyads()) {
            dyads.add(d.key());
        }
        Set<String> dates = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        dates(q, dates, months);
        return new QuestionAnalysis(question, searchText(q), entities, dyads, holders, holderEntities, dates, months);
    }

    /** The group or person whose views the question asks for: "U.S. experts", "Jen Psaki". */
    private List<String> holderTerms(String q, Links links) {
        List<String> out = new ArrayList<>();
        Matcher m = GROUP.matcher(q);
        while (m.find()) {
            out.add(m.group(1).replaceAll("^(?i)(?:the|many|some|most)\\s+", ""));
        }
        for (Mention mention : links.mentions()) {
            Entity e = linker.knowledgeBase().get(mention.entityId()).orElse(null);
            if (e != null && e.type() == EntityType.PERSON && isSubjectOfView(q, mention.span())) {
                out.add(e.attributes().getOrDefault("surname", e.name()));
            }
        }
        return out;
    }

    /** Entities named inside the holder phrase ("U.S." in "U.S. experts"): whose view, not what about. */
    private Set<String> holderEntities(String q, Links links) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = GROUP.matcher(q);
        while (m.find()) {
            for (Mention mention : links.mentions()) {
                if (mention.span().start() >= m.start(1) && mention.span().end() <= m.end(1)) {
                    out.add(mention.entityId());
                }
            }
        }
        return out;
    }

    /** "how did Jen Psaki describe", "what did Biden say": a person right before a verb of saying or judging. */
    private static boolean isSubjectOfView(String q, Span span) {
        String after = q.substring(span.end()).toLowerCase(Locale.ROOT);
        String before = q.substring(0, span.start()).toLowerCase(Locale.ROOT);
        return after.matches("^\\s*(?:describe|say|said|assess|characteri[sz]e|view|see|think|explain|frame|"
                + "portray|evaluate|expect|predict|warn|argue|respond|react)\\b.*")
                || before.matches(".*\\b(?:did|does|do|has|have)\\s+(?:the\\s+)?$");
    }

    private static String searchText(String q) {
        StringBuilder b = new StringBuilder();
        for (String raw : q.split("\\s+")) {
            String w = raw.replaceAll("^[\"'\u201C\u2018(]+|[\"'\u201D\u2019)?!,;:]+$", "").replaceAll("(?<=\\p{Ll}{2})\\.$", "");
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!lower.isEmpty() && !FRAMING.contains(lower)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    private static void dates(String q, Set<String> dates, Set<String> months) {
        Matcher m = FULL_DATE.matcher(q);
        while (m.find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
                dates.add(d.toString());
                months.add(d.toString().substring(0, 7));
            } catch (java.time.DateTimeException ignored) {
                // not a real date: leave it to keyword search
            }
        }
        Matcher my = MONTH_YEAR.matcher(q);
        while (my.find()) {
            Month month = Month.valueOf(my.group(1).toUpperCase(Locale.ROOT));
            months.add(String.format(Locale.ROOT, "%s-%02d", my.group(2), month.getValue()));
        }
    }
}

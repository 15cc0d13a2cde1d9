package dev.standpoint.index.eval.external;

import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Certainty;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.CueKind;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Intensity;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.TextNormaliser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the analyser said of one gold sentence, read across the pieces its splitter made of it: an assessment when
 * any piece is one; polarity mixed when pieces disagree; the strongest intensity; the least certain certainty.
 *
 * @param pieces     how many sentences the analyser made of the gold sentence (0 when it was empty)
 * @param assessment whether any piece is an assessment
 * @param polarity   the assessed pieces' polarity ({@link Polarity#NEUTRAL} when none is an assessment)
 * @param intensity  the strongest intensity of an assessed piece ({@link Intensity#LOW} when none)
 * @param certainty  the least certain certainty of any analysed piece, assessment or not
 * @param hedgeCue   whether a hedge fired anywhere: a certainty cue labelled probable or possible, even in a sentence
 *                   the extractor did not call an assessment (it keeps such a sentence's certainty at certain)
 * @param forecast   whether any piece is a forecast
 * @param holders    the holder kinds of the assessed pieces
 * @param mentions   the entity mentions of every piece
 * @param cues       every cue, as {@code kind "text"=label}, for error listings
 */
public record Reading(int pieces, boolean assessment, Polarity polarity, Intensity intensity, Certainty certainty,
                      boolean hedgeCue, boolean forecast, Set<HolderKind> holders, List<Mention> mentions,
                      List<String> cues) {

    public Reading {
        holders = holders.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holders));
        mentions = List.copyOf(mentions);
        cues = List.copyOf(cues);
    }

    /** Reads the analysed pieces of one gold sentence; {@code text} is the document text their spans point into. */
    public static Reading of(List<AnalysedSentence> pieces, String text) {
        boolean assessment = false;
        boolean positive = false;
        boolean negative = false;
        boolean mixed = false;
        Intensity intensity = Intensity.LOW;
        Certainty certainty = Certainty.CERTAIN;
        boolean hedge = false;
        boolean forecast = false;
        Set<HolderKind> holders = EnumSet.noneOf(HolderKind.class);
        List<Mention> mentions = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (AnalysedSentence s : pieces) {
            mentions.addAll(s.mentions());
            Assessment a = s.assessment();
            if (a == null) {
                continue;
            }
            certainty = a.certainty().ordinal() > certainty.ordinal() ? a.certainty() : certainty;
            forecast |= a.forecast();
            for (Cue c : a.cues()) {
                hedge |= c.kind() == CueKind.CERTAINTY && !c.label().equals(Certainty.CERTAIN.label());
                cues.add(c.kind().name().toLowerCase(Locale.ROOT) + " \""
                        + TextNormaliser.collapseWhitespace(c.span().of(text)) + "\"=" + c.label());
            }
            if (!a.assessment()) {
                continue;
            }
            assessment = true;
            holders.add(a.holder().kind());
            intensity = a.intensity().ordinal() > intensity.ordinal() ? a.intensity() : intensity;
            positive |= a.polarity() == Polarity.POSITIVE;
            negative |= a.polarity() == Polarity.NEGATIVE;
            mixed |= a.polarity() == Polarity.MIXED;
        }
        Polarity polarity = mixed || positive && negative ? Polarity.MIXED
                : positive ? Polarity.POSITIVE : negative ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        return new Reading(pieces.size(), assessment, polarity, intensity, certainty, hedge, forecast, holders,
                mentions, cues);
    }

    /**
     * Whether we call the sentence uncertain, for the hedge benchmarks (WikiWeasel, BioScope): its certainty is not
     * certain, or a hedge cue fired in it. See docs/evaluation.md for why this mapping.
     */
    public boolean uncertain() {
        return certainty != Certainty.CERTAIN || hedgeCue;
    }
}

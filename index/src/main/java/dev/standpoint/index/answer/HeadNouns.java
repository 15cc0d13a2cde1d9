package dev.standpoint.index.answer;

import java.util.List;
import java.util.Locale;

/**
 * Whether a word of a sentence is one of the head nouns a question asks to be judged ({@link QuestionAnalysis#topicHeads()}),
 * in the singular or the plural ("effort", "efforts"; "process", "processes"; "policy", "policies"; "embargo",
 * "embargoes"), or by a word that names the same thing ({@link Equivalents}: asked about "the award", "the ruling").
 */
final class HeadNouns {

    private HeadNouns() {
    }

    static boolean matches(String word, List<String> heads) {
        String w = singular(word.toLowerCase(Locale.ROOT));
        for (String head : heads) {
            if (Equivalents.sameWord(w, singular(head))) {
                return true;
            }
        }
        return false;
    }

    static String singular(String w) {
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("oes") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

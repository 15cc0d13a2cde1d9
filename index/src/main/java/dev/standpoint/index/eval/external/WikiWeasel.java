package dev.standpoint.index.eval.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WikiWeasel sentences (CoNLL-2010 Wikipedia uncertainty, as copied in {@code datasets/wikiweasel-sentences}): a CSV
 * with header {@code text,label}, label 0 certain and 1 uncertain. The text is PTB-tokenised ({@code -LRB-}, a
 * backquote for an opening quote); we undo the brackets and quotes so the analyser reads ordinary English.
 */
public final class WikiWeasel {

    private WikiWeasel() {
    }

    /** The file of a split ({@code train} or {@code test}) in the data folder. */
    public static Path file(Path folder, String split) {
        if (!split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("WikiWeasel splits are train and test; got '" + split + "'");
        }
        return folder.resolve(split + ".csv");
    }

    /** The sentences of one split file, in file order; {@code id} is the 1-based record number. */
    public static List<SentenceCertainty.Item> read(Path csv) {
        List<SentenceCertainty.Item> out = new ArrayList<>();
        for (Map<String, String> row : Csv.readWithHeader(csv)) {
            String label = row.get("label").strip();
            if (!label.equals("0") && !label.equals("1")) {
                throw new IllegalArgumentException(csv + ": record " + (out.size() + 1) + " has label '" + label
                        + "'; expected 0 or 1");
            }
            out.add(new SentenceCertainty.Item(String.valueOf(out.size() + 1), detokenise(row.get("text").strip()),
                    label.equals("1"), List.of()));
        }
        return out;
    }

    /** Undoes the PTB escapes that would otherwise read as words or stray quotes. */
    static String detokenise(String s) {
        return s.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
                .replace("-LCB-", "{").replace("-RCB-", "}").replace("``", "\"").replace("''", "\"")
                .replace("` ", "'").replace("`", "'");
    }
}

package dev.standpoint.cli;

import dev.standpoint.core.assess.heads.LinearHead;
import dev.standpoint.core.assess.heads.LogisticRegression;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.eval.external.ClaimStance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code standpoint train …}: fits the trained heads the analysis ships, reproducibly, from the shared data. */
@Command(name = "train", description = "Fit the analysis's trained heads from the shared data, reproducibly.",
        subcommands = {TrainCommand.PolarityHeadCommand.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "polarity-head", description = {"Fit the polarity head on the train split of IBM's claim-stance",
            "data (each claim's sentiment toward its target), over MiniLM sentence vectors. Writes the head with",
            "its provenance (data hash, parameters, seed) where the analysis loads it from."})
    static final class PolarityHeadCommand implements Callable<Integer> {

        @Option(names = "--data", paramLabel = "CSV", description = "Default: ../shared/datasets/ibm-claim-stance/"
                + "claim_stance_dataset_v1.csv.")
        Path data;

        @Option(names = "--out", paramLabel = "FILE", description = "Default: core/src/main/resources/standpoint/"
                + "heads/polarity.head in the project.")
        Path out;

        @Option(names = "--l2", defaultValue = "0.001", description = "L2 strength (default 0.001).")
        double l2;

        @Option(names = "--epochs", defaultValue = "400", description = "Gradient steps (default 400).")
        int epochs;

        @Option(names = "--rate", defaultValue = "2.0", description = "Initial step (default 2.0).")
        double rate;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the initial weights (default 42).")
        long seed;

        @Override
        public Integer call() {
            Path csv = data != null ? data : ProjectPaths.shared()
                    .map(s -> s.resolve("datasets/ibm-claim-stance/claim_stance_dataset_v1.csv"))
                    .orElseThrow(() -> new Errors.UserError("give --data CSV (../shared is not present)", 2));
            List<ClaimStance.Item> train = ClaimStance.read(csv).stream()
                    .filter(i -> i.split().equals("train") && i.claimSentiment() != 0).toList();
            List<ClaimStance.Item> test = ClaimStance.read(csv).stream()
                    .filter(i -> i.split().equals("test") && i.claimSentiment() != 0).toList();
            Encoder encoder = MiniLmEncoder.shared();
            float[][] x = encoder.embed(train.stream().map(ClaimStance.Item::claim).toList());
            int[] y = train.stream().mapToInt(i -> i.claimSentiment() > 0 ? 0 : 1).toArray();
            Map<String, String> provenance = new LinkedHashMap<>();
            provenance.put("head", "polarity: a claim's sentiment toward its target");
            provenance.put("data", "IBM Debater claim stance v1, train split, claims with a sentiment (" + train.size()
                    + "; positive " + count(y, 0) + ", negative " + count(y, 1) + ")");
            provenance.put("data_sha256", sha256(csv));
            provenance.put("encoder", encoder.name());
            provenance.put("command", "standpoint train polarity-head --l2 " + l2 + " --epochs " + epochs + " --rate "
                    + rate + " --seed " + seed);
            LinearHead head = new LogisticRegression(l2, epochs, rate, seed)
                    .fit(x, y, List.of("positive", "negative"), provenance);
            Path target = out != null ? out : ProjectPaths.root()
                    .resolve("core/src/main/resources/standpoint/heads/polarity.head");
            write(target, head);
            System.out.printf(Locale.ROOT, "train accuracy %.3f over %d claims%n", accuracy(head, x, y), y.length);
            float[][] tx = encoder.embed(test.stream().map(ClaimStance.Item::claim).toList());
            int[] ty = test.stream().mapToInt(i -> i.claimSentiment() > 0 ? 0 : 1).toArray();
            System.out.printf(Locale.ROOT, "test accuracy %.3f over %d claims (reported, never tuned on)%n",
                    accuracy(head, tx, ty), ty.length);
            System.out.println("wrote " + target);
            return 0;
        }

        private static int count(int[] y, int label) {
            int n = 0;
            for (int v : y) {
                n += v == label ? 1 : 0;
            }
            return n;
        }

        private static double accuracy(LinearHead head, float[][] x, int[] y) {
            int ok = 0;
            for (int i = 0; i < x.length; i++) {
                double[] p = head.probabilities(x[i]);
                ok += (p[0] >= p[1] ? 0 : 1) == y[i] ? 1 : 0;
            }
            return ok / (double) Math.max(1, x.length);
        }

        private static void write(Path target, LinearHead head) {
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, head.write());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }

        private static String sha256(Path file) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

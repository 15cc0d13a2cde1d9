package dev.standpoint.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Many small commentary documents written from templates (seeded), for tests that need an ingest long enough to
 * fail a node in the middle of: experts assessing states and their relations, with hedges, conditions and forecasts,
 * each document's text different so that each has its own content id.
 */
final class SyntheticCorpus {

    private static final String[] ACTORS = {"Japan", "Russia", "China", "India", "Germany", "France", "Turkey",
            "Brazil", "NATO", "the European Union", "South Korea", "Australia", "Poland", "Ukraine", "Canada"};
    private static final String[] EXPERTS = {"Mara Ellison", "Jonas Whitcombe", "Priya Raman", "Tomasz Kowal",
            "Helen Achebe", "Ruth Calder", "Dmitri Sokol", "Aiko Tanabe"};
    private static final String[] VIEWS = {
            "%s's approach to %s is a serious mistake that will weaken regional stability.",
            "I think %s has handled its relationship with %s remarkably well this year.",
            "The talks between %s and %s are likely to fail unless both sides make concessions.",
            "%s will probably deepen its energy cooperation with %s over the next two years.",
            "If the sanctions remain in place, %s could lose its leverage over %s.",
            "Frankly, the partnership between %s and %s has been a disappointment.",
            "%s's new trade agreement with %s is a welcome and constructive step.",
            "It is almost certain that tensions between %s and %s will rise before the summit.",
            "Officials in %s remain deeply sceptical of the assurances offered by %s.",
            "The defence pact between %s and %s is a strong signal of resolve."};

    private SyntheticCorpus() {
    }

    /** Writes {@code n} documents of about {@code sentences} sentences each into {@code dir} and returns it. */
    static Path write(Path dir, int n, int sentences, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            String expert = EXPERTS[random.nextInt(EXPERTS.length)];
            b.append("Assessment note ").append(i + 1).append(": ").append(pick(random, ACTORS)).append(" and ")
                    .append(pick(random, ACTORS)).append("\n\nBy ").append(expert).append("\n\n");
            for (int s = 0; s < sentences; s++) {
                String a = pick(random, ACTORS);
                String c = pick(random, ACTORS);
                while (c.equals(a)) {
                    c = pick(random, ACTORS);
                }
                b.append(String.format(Locale.ROOT, VIEWS[random.nextInt(VIEWS.length)], a, c));
                b.append(s % 4 == 3 ? "\n\n" : " ");
            }
            b.append("\n\nNote ").append(i + 1).append(" of ").append(n).append(", series ").append(seed).append(".\n");
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "note-%05d.txt", i + 1)), b.toString());
        }
        return dir;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}

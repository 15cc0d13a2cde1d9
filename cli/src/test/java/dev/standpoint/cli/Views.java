package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fixtures for the compare, forecasts and export commands, written for these tests (the index module's tests have
 * the same ones): a press availability whose speakers the knowledge base knows (the words are invented, not
 * quotations), a statement filed under a state's ISO code, an op-ed by a fictional expert reporting a group's view,
 * and two outlooks by fictional experts whose forecasts use explicit likelihood wording.
 */
final class Views {

    static final String BRIEFING = """
            Joint Press Availability on the Black Sea Talks

            Geneva, Switzerland

            March 3, 2023

            SECRETARY BLINKEN:  Good afternoon.  The talks on Ukraine's grain corridor were difficult.  Russia's \
            attacks on the port of Odesa are a serious mistake that hurts farmers everywhere, and Moscow's demands are \
            deeply troubling.  The sanctions on Russia are a necessary and effective response to this war.  I am \
            confident that the corridor will continue to operate as long as our partners keep their insurers in the \
            market.

            MR. LAVROV:  We regret that the Western sanctions remain in place.  The sanctions on our agricultural bank \
            are a grave mistake and deeply unfair to the farmers of the world.  Russia's proposals for the Black Sea \
            are constructive and realistic, and the talks were useful.

            Q    Will there be a new grain deal this year?

            MR. LAVROV:  A new deal will very likely fail unless the sanctions on our bank are lifted.
            """;

    static final String JAPAN_STATEMENT = """
            Statement by Japan at the General Debate of the Seventieth Session

            The attacks on the Black Sea grain corridor are deeply troubling and a grave threat to food security. \
            The sanctions debate must not distract from the suffering of the farmers. Japan will continue to support \
            the grain corridor.
            """;

    static final String OPED = """
            ---
            title: The Grain Corridor Under Fire
            author: Halvard Quist-Amadi
            date: 2024-02-20
            source_url: https://www.example-review.org/corridor
            ---

            The Black Sea grain corridor is a remarkable achievement, and the sanctions debate should not obscure it.

            Chinese officials regard the Western sanctions as a serious mistake that damages the grain trade.

            I am deeply skeptical that Moscow will accept a new grain deal in the next year.
            """;

    static final String BALTIC_OUTLOOK = """
            Outlook for the Baltic Sea Region

            By Ingrid Salo-Mwangi

            March 4, 2024

            What do you expect in the coming year?

            Finland will almost certainly deepen its defence cooperation with Sweden next year. It is very likely \
            that Estonia will raise its defence budget again next year. Whether Latvia reopens its border crossings \
            with Russia next year is a toss-up. Lithuania will probably complete its new brigade base next year as \
            long as the funding holds.
            """;

    static final String SANCTIONS = "How do they assess the sanctions?";
    static final String FINLAND = "Finland will almost certainly deepen its defence cooperation with Sweden next year.";

    private Views() {
    }

    /** Writes the fixtures into {@code dir} and ingests them into {@code home}; returns {@code home}. */
    static Path ingest(Path dir, Path home) {
        write(dir.resolve("geneva-briefing.txt"), BRIEFING);
        write(dir.resolve("JPN_70_2015.txt"), JAPAN_STATEMENT);
        write(dir.resolve("corridor-oped.md"), OPED);
        write(dir.resolve("baltic-outlook.txt"), BALTIC_OUTLOOK);
        Console.Result r = Console.run("ingest", dir.toString(), "--home", home.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("4 added");
        return home;
    }

    /** A copy of a data directory, for tests that change it. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

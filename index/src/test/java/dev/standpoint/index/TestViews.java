package dev.standpoint.index;

import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.List;

/**
 * Fixtures for comparisons, forecasts and exports, written for these tests: a press availability whose speakers the
 * knowledge base knows (the words are invented for the test, not quotations), a statement filed under a state's
 * ISO code, an op-ed by a fictional expert that reports a group's view, and two outlooks by fictional experts whose
 * forecasts use explicit likelihood wording.
 */
public final class TestViews {

    /** Speakers Blinken (United States) and Lavrov (Russia); one reporter's question. */
    public static final String BRIEFING = """
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

    /** Filed as {@code JPN_70_2015.txt}: the state comes from the file name, the sentences are the author's own. */
    public static final String JAPAN_STATEMENT = """
            Statement by Japan at the General Debate of the Seventieth Session

            The attacks on the Black Sea grain corridor are deeply troubling and a grave threat to food security. \
            The sanctions debate must not distract from the suffering of the farmers. Japan will continue to support \
            the grain corridor.
            """;

    /** A fictional expert (unknown to the knowledge base) who reports the view of Chinese officials. */
    public static final String OPED = """
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

    /** Four forecasts: almost certain, very likely, roughly even, likely (with a condition); one plain assessment. */
    public static final String BALTIC_OUTLOOK = """
            Outlook for the Baltic Sea Region

            By Ingrid Salo-Mwangi

            March 4, 2024

            What do you expect in the coming year?

            Finland will almost certainly deepen its defence cooperation with Sweden next year. It is very likely \
            that Estonia will raise its defence budget again next year. Whether Latvia reopens its border crossings \
            with Russia next year is a toss-up. Lithuania will probably complete its new brigade base next year as \
            long as the funding holds.

            How do you judge the current situation?

            The new brigade in Lithuania is very welcome.
            """;

    /** Two forecasts: very likely and almost certain. */
    public static final String PACIFIC_OUTLOOK = """
            Prospects in the Western Pacific

            By Tomasz Okoye-Lindqvist

            June 10, 2022

            What happens next between Japan and China?

            Japan will very likely raise its defence spending next year. China will almost certainly continue its \
            coast guard patrols around the Senkaku Islands in the coming months.
            """;

    public static final String FINLAND = "Finland will almost certainly deepen its defence cooperation with Sweden next year.";
    public static final String ESTONIA = "It is very likely that Estonia will raise its defence budget again next year.";
    public static final String LATVIA = "Whether Latvia reopens its border crossings with Russia next year is a toss-up.";
    public static final String LITHUANIA = "Lithuania will probably complete its new brigade base next year as long as the funding holds.";
    public static final String JAPAN = "Japan will very likely raise its defence spending next year.";
    public static final String CHINA = "China will almost certainly continue its coast guard patrols around the Senkaku Islands in the coming months.";

    private TestViews() {
    }

    /** Writes the briefing, the statement and the op-ed into {@code dir}. */
    public static Path writeComparisonFixtures(Path dir) {
        TestDocuments.write(dir.resolve("geneva-briefing.txt"), BRIEFING);
        TestDocuments.write(dir.resolve("JPN_70_2015.txt"), JAPAN_STATEMENT);
        TestDocuments.write(dir.resolve("corridor-oped.md"), OPED);
        return dir;
    }

    /** Writes the two outlooks into {@code dir}. */
    public static Path writeForecastFixtures(Path dir) {
        TestDocuments.write(dir.resolve("baltic-outlook.txt"), BALTIC_OUTLOOK);
        TestDocuments.write(dir.resolve("pacific-outlook.txt"), PACIFIC_OUTLOOK);
        return dir;
    }

    /** Ingests {@code inputs} into a new index at {@code home}, keeping source copies; returns the report. */
    public static IngestReport ingest(StandpointHome home, Path... inputs) {
        try (LuceneStore writer = LuceneStore.open(home, "test", "test")) {
            return new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), writer,
                    new SourceArchive(home.sources()), 2).ingest(List.of(inputs), IngestListener.SILENT);
        }
    }
}

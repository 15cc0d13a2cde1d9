package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.TestViews;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ComparisonBuilder} on a real index of a transcript, a statement filed by ISO code and an op-ed. */
class ComparisonBuilderTest {

    private static final String SANCTIONS = "How do they assess the sanctions?";
    private static final String CORRIDOR = "How do they assess the grain corridor?";

    @TempDir
    static Path tmp;

    private static LuceneStore store;
    private static KnowledgeBase kb;
    private static ComparisonBuilder builder;

    @BeforeAll
    static void buildIndex() {
        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        Path in = TestViews.writeComparisonFixtures(tmp.resolve("in"));
        assertThat(TestViews.ingest(home, in).added()).isEqualTo(3);
        store = LuceneStore.openReadOnly(home);
        kb = KnowledgeBaseLoader.shipped();
        builder = new ComparisonBuilder(new QuestionAnalyser(TestDocuments.analyser().linker()),
                new ClaimRetriever(store, AnswerSettings.DEFAULT), kb, AnswerSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Comparison compare(String question, GroupBy by) {
        return builder.compare(question, by, SearchFilter.NONE);
    }

    private static Map<String, Comparison.Group> byKey(Comparison c) {
        return c.groups().stream().collect(Collectors.toMap(Comparison.Group::key, Function.identity()));
    }

    private static List<Citation> cited(Comparison c, Comparison.Group g) {
        return g.citations().stream().map(n -> c.citations().get(n - 1)).toList();
    }

    /** The stored sentence with this text (white space collapsed). */
    private static SentenceHit hit(String text) {
        return store.sentences(SearchFilter.NONE, 0, 1000).stream()
                .filter(h -> h.sentence().displayText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence '" + text + "' in the index"));
    }

    @Test
    void countriesComeFromSpeakersReportedHoldersAndFileNames() {
        Comparison c = compare(SANCTIONS, GroupBy.COUNTRY);
        Map<String, Comparison.Group> groups = byKey(c);
        assertThat(groups).containsKeys("RUS", "USA", "CHN", "JPN");
        assertThat(groups.get("RUS").label()).isEqualTo("Russia");
        assertThat(groups.get("USA").label()).isEqualTo("United States");
        assertThat(groups.get("JPN").label()).isEqualTo("Japan");
        assertThat(cited(c, groups.get("RUS"))).extracting(Citation::holder).containsOnly("Lavrov");
        assertThat(cited(c, groups.get("USA"))).extracting(Citation::holder).containsOnly("Blinken");
        assertThat(cited(c, groups.get("CHN"))).extracting(Citation::holder).containsOnly("Chinese officials");
        assertThat(cited(c, groups.get("JPN"))).extracting(Citation::holder).containsOnly("Japan");
        // The op-ed's author is not in the knowledge base and the op-ed names no state.
        assertThat(groups).containsKey("unknown");
        assertThat(cited(c, groups.get("unknown"))).extracting(Citation::holder).containsOnly("Halvard Quist-Amadi");
    }

    @Test
    void aSpeakerTheKnowledgeBaseKnowsGivesTheirState() {
        SentenceHit lavrov = hit("We regret that the Western sanctions remain in place.");
        assertThat(lavrov.sentence().assessment().holder().kind()).isEqualTo(HolderKind.SPEAKER);
        assertThat(lavrov.sentence().assessment().holder().entityId()).isNull();
        assertThat(builder.country(lavrov)).contains("RUS");
        assertThat(builder.country(hit("The sanctions on Russia are a necessary and effective response to this war.")))
                .contains("USA");
    }

    @Test
    void aReportedHoldersEntityGivesItsState() {
        SentenceHit chinese = hit("Chinese officials regard the Western sanctions as a serious mistake that damages "
                + "the grain trade.");
        assertThat(chinese.sentence().assessment().holder().kind()).isEqualTo(HolderKind.REPORTED);
        assertThat(builder.country(chinese)).contains("CHN");
    }

    @Test
    void aFileNamedAfterAStateGivesTheAuthorsSentencesThatState() {
        SentenceHit japan = hit("The sanctions debate must not distract from the suffering of the farmers.");
        assertThat(japan.document().country()).isEqualTo("JPN");
        assertThat(japan.sentence().assessment().holder().kind()).isEqualTo(HolderKind.AUTHOR);
        assertThat(kb.person(japan.document().byline())).isEmpty();
        assertThat(builder.country(japan)).contains("JPN");
    }

    @Test
    void aBareSurnameCountsOnlyForSomeoneInOfficeThatYear(@TempDir Path dir) {
        String briefing = """
                Department Press Briefing

                Washington, DC

                May 4, 2010

                MR. JOHNSON:  The new sanctions on Iran are a serious mistake that will hurt ordinary families.

                MR. LAVROV:  The new sanctions on Iran are deeply counterproductive.
                """;
        StandpointHome home = new StandpointHome(dir.resolve("home"));
        TestDocuments.write(dir.resolve("in/briefing-2010.txt"), briefing);
        assertThat(TestViews.ingest(home, dir.resolve("in")).added()).isEqualTo(1);
        try (LuceneStore s = LuceneStore.openReadOnly(home)) {
            ComparisonBuilder b = new ComparisonBuilder(new QuestionAnalyser(TestDocuments.analyser().linker()),
                    new ClaimRetriever(s, AnswerSettings.DEFAULT), kb, AnswerSettings.DEFAULT);
            List<SentenceHit> hits = s.sentences(SearchFilter.NONE, 0, 100);
            SentenceHit johnson = hits.stream().filter(h -> h.sentence().displayText().contains("ordinary families"))
                    .findFirst().orElseThrow();
            SentenceHit lavrov = hits.stream().filter(h -> h.sentence().displayText().contains("counterproductive"))
                    .findFirst().orElseThrow();
            assertThat(johnson.sentence().assessment().holder().name()).isEqualTo("Johnson");
            // The knowledge base's only Johnson is Boris Johnson (in office 2016–2022), not this 2010 speaker.
            assertThat(kb.person("Johnson")).map(e -> e.country()).contains("GBR");
            assertThat(b.country(johnson)).isEmpty();
            // Lavrov has been foreign minister since 2004.
            assertThat(b.country(lavrov)).contains("RUS");
        }
    }

    @Test
    void anAuthorNobodyKnowsHasNoCountry() {
        SentenceHit own = hit("The Black Sea grain corridor is a remarkable achievement, and the sanctions debate "
                + "should not obscure it.");
        assertThat(builder.country(own)).isEmpty();
        assertThat(builder.key(own, GroupBy.COUNTRY)).isEqualTo("unknown");
    }

    @Test
    void holdersAreGroupedByName() {
        Comparison c = compare(SANCTIONS, GroupBy.HOLDER);
        Map<String, Comparison.Group> groups = byKey(c);
        assertThat(groups).containsKeys("Lavrov", "Blinken", "Chinese officials");
        for (Comparison.Group g : c.groups()) {
            assertThat(g.label()).isEqualTo(g.key());
            assertThat(cited(c, g)).extracting(Citation::holder).containsOnly(g.key());
        }
        assertThat(groups.get("Lavrov").verdict().label()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void authorsAreBylinesAndATranscriptWithoutOneIsUnknown() {
        Comparison c = compare(SANCTIONS, GroupBy.AUTHOR);
        Map<String, Comparison.Group> groups = byKey(c);
        assertThat(groups).containsKeys("Halvard Quist-Amadi", "unknown");
        for (Comparison.Group g : c.groups()) {
            String author = g.key().equals("unknown") ? "" : g.key();
            assertThat(cited(c, g)).extracting(Citation::author).containsOnly(author);
        }
        assertThat(cited(c, groups.get("unknown"))).extracting(Citation::title)
                .containsOnly("Joint Press Availability on the Black Sea Talks");
    }

    @Test
    void yearsComeFromTheDateOrTheFileName() {
        Comparison c = compare(SANCTIONS, GroupBy.YEAR);
        Map<String, Comparison.Group> groups = byKey(c);
        assertThat(groups.keySet()).containsExactlyInAnyOrder("2015", "2023", "2024");
        assertThat(cited(c, groups.get("2023"))).extracting(cit -> cit.published().getYear()).containsOnly(2023);
        assertThat(cited(c, groups.get("2024"))).extracting(cit -> cit.published().getYear()).containsOnly(2024);
        // The statement has no date; its file name carries the year.
        assertThat(cited(c, groups.get("2015"))).allSatisfy(cit -> {
            assertThat(cit.published()).isNull();
            assertThat(cit.title()).startsWith("Statement by Japan");
        });
    }

    @Test
    void sourcesAreTheUrlsHostElseTheFolder() {
        Comparison c = compare(SANCTIONS, GroupBy.SOURCE);
        Map<String, Comparison.Group> groups = byKey(c);
        assertThat(groups.keySet()).containsExactlyInAnyOrder("example-review.org", "in");
        assertThat(cited(c, groups.get("example-review.org"))).extracting(Citation::title)
                .containsOnly("The Grain Corridor Under Fire");
    }

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void groupsPartitionTheAssessmentsAndEachHasItsOwnVerdict(GroupBy by) {
        for (String question : List.of(SANCTIONS, CORRIDOR)) {
            Comparison c = compare(question, by);
            assertThat(c.by()).isEqualTo(by);
            assertThat(c.question()).isEqualTo(question);
            assertThat(c.groups()).isNotEmpty();
            assertThat(c.groups().stream().mapToInt(g -> g.verdict().assessments()).sum())
                    .as("every assessment is in exactly one group").isEqualTo(c.overall().assessments());
            assertThat(c.groups()).extracting(Comparison.Group::key).doesNotHaveDuplicates();
            for (Comparison.Group g : c.groups()) {
                assertThat(g.citations()).hasSizeBetween(1, 5);
                assertThat(g.citations()).hasSize(Math.min(5, g.verdict().assessments()));
                assertVerdictFollowsItsSides(g.verdict());
                List<Citation> mine = cited(c, g);
                assertThat(mine).allSatisfy(cit -> assertThat(cit.polarity()).isNotNull());
                assertThat(mine).extracting(Citation::weight).isSortedAccordingTo((x, y) -> Double.compare(y, x));
            }
            List<Integer> sizes = c.groups().stream().map(g -> g.verdict().assessments()).toList();
            assertThat(sizes).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        }
    }

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void citationsAreNumberedFromOneAndQuoteTheirDocuments(GroupBy by) {
        Comparison c = compare(SANCTIONS, by);
        int n = c.citations().size();
        assertThat(c.citations()).extracting(Citation::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        List<Integer> used = new ArrayList<>();
        c.groups().forEach(g -> used.addAll(g.citations()));
        assertThat(used).as("each citation belongs to one group, and every one is used")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        for (Citation cit : c.citations()) {
            String text = store.document(cit.documentId()).orElseThrow().document().text();
            assertThat(TextNormaliser.collapseWhitespace(text.substring(cit.start(), cit.end()))).isEqualTo(cit.text());
        }
    }

    @Test
    void theOverallVerdictWeighsEveryGroup() {
        Comparison c = compare(SANCTIONS, GroupBy.COUNTRY);
        assertVerdictFollowsItsSides(c.overall());
        assertThat(c.overall().holders()).isGreaterThanOrEqualTo(4);
        assertThat(c.overall().documents()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void anEmptyQuestionIsRejected(String question) {
        assertThatThrownBy(() -> compare(question, GroupBy.HOLDER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> compare(null, GroupBy.HOLDER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuestionNothingAnswersGivesNoGroups() {
        Comparison c = compare("What about the price of bananas on Jupiter?", GroupBy.COUNTRY);
        assertThat(c.groups()).isEmpty();
        assertThat(c.citations()).isEmpty();
        assertThat(c.overall().label()).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void groupByParsesItsNamesAndRejectsOthers() {
        assertThat(GroupBy.parse(" Country ")).isEqualTo(GroupBy.COUNTRY);
        assertThat(GroupBy.parse("year")).isEqualTo(GroupBy.YEAR);
        for (GroupBy by : GroupBy.values()) {
            assertThat(GroupBy.parse(by.label())).isEqualTo(by);
        }
        assertThatThrownBy(() -> GroupBy.parse("nation")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holder, author, country, year or source").hasMessageContaining("'nation'");
    }

    /** The label is the side with the majority of the weight (mixed counting half to each), else mixed. */
    private static void assertVerdictFollowsItsSides(Verdict v) {
        assertThat(v.sides()).extracting(VerdictSide::polarity)
                .containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.MIXED);
        double total = v.sides().stream().mapToDouble(VerdictSide::weight).sum();
        if (total == 0) {
            assertThat(v.label()).isEqualTo(Polarity.NEUTRAL);
            return;
        }
        double mixed = v.sides().get(2).weight() / 2;
        double pos = (v.sides().get(0).weight() + mixed) / total;
        double neg = (v.sides().get(1).weight() + mixed) / total;
        double majority = AnswerSettings.DEFAULT.majority();
        Polarity expected = pos >= majority ? Polarity.POSITIVE : neg >= majority ? Polarity.NEGATIVE : Polarity.MIXED;
        assertThat(v.label()).isEqualTo(expected);
        assertThat(v.sides().stream().mapToDouble(VerdictSide::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}

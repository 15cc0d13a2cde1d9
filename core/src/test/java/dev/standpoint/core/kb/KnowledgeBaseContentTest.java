package dev.standpoint.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.model.Alias;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.MentionKind;
import dev.standpoint.core.model.Office;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the content of the shipped knowledge base: completeness, consistency and the user-directory overlay. */
class KnowledgeBaseContentTest {

    /** The G20 members whose lists of leaders and foreign ministers must have no gap from 2000 to 2026. */
    private static final List<String> G20 = List.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN",
            "ITA", "JPN", "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "org:eu");

    /** Where the head of state governs; their presidents are listed with a head_of_government office too. */
    private static final Set<String> HEAD_OF_STATE_GOVERNS = Set.of("USA", "BRA", "ARG", "MEX", "IDN", "KOR", "ZAF");

    /**
     * Aliases deliberately shared by two states: the demonym of both Congos, and of Dominica and the Dominican
     * Republic (documented in states.tsv).
     */
    private static final Map<String, Set<String>> SHARED_STATE_ALIASES = Map.of(
            "Congolese", Set.of("COG", "COD"),
            "Dominican", Set.of("DMA", "DOM"),
            "Dominicans", Set.of("DMA", "DOM"));

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.shipped();
    }

    private static List<Entity> states() {
        return kb.entities(EntityType.STATE);
    }

    @Test
    void statesAreTheUnMembersObserversTaiwanAndKosovo() {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Entity s : states()) {
            byStatus.merge(s.attribute("status"), 1L, Long::sum);
        }
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(
                Map.of("member", 193L, "observer", 2L, "other", 2L, KnowledgeBase.FORMER, 4L));
        assertThat(kb.require("VAT").attribute("status")).isEqualTo("observer");
        assertThat(kb.require("PSE").attribute("status")).isEqualTo("observer");
        assertThat(kb.require("TWN").attribute("status")).isEqualTo("other");
        assertThat(kb.require("XKX").attribute("status")).isEqualTo("other");
        assertThat(kb.require("JPN").name()).isEqualTo("Japan");
        assertThat(kb.require("TUR").name()).isEqualTo("Türkiye");
        assertThat(kb.require("JPN").attribute("capital")).isEqualTo("Tokyo");
    }

    @Test
    void everyStateHasAUniqueIso2AndADemonym() {
        Set<String> iso2 = new HashSet<>();
        for (Entity s : states()) {
            assertThat(s.attribute("iso2")).as("iso2 of %s", s.id()).matches("[A-Z]{2}");
            assertThat(iso2.add(s.attribute("iso2"))).as("iso2 %s of %s is unique", s.attribute("iso2"), s.id())
                    .isTrue();
            assertThat(s.aliases()).as("demonyms of %s", s.id()).anyMatch(a -> a.kind() == MentionKind.DEMONYM);
        }
        assertThat(kb.require("USA").attribute("iso2")).isEqualTo("US");
        assertThat(kb.require("XKX").attribute("iso2")).isEqualTo("XK");
    }

    @Test
    void noAliasNamesTwoStatesUnlessDeliberatelyShared() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Entity s : states()) {
            owners.computeIfAbsent(s.name(), k -> new TreeSet<>()).add(s.id());
            for (Alias a : s.aliases()) {
                owners.computeIfAbsent(a.text(), k -> new TreeSet<>()).add(s.id());
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        owners.forEach((text, ids) -> {
            if (ids.size() > 1) {
                shared.put(text, ids);
            }
        });
        assertThat(shared).isEqualTo(new TreeMap<>(SHARED_STATE_ALIASES));
    }

    @Test
    void keyAliasesPointWhereDocumented() {
        assertThat(aliasTexts("KOR")).contains("Korea", "ROK", "Republic of Korea", "South Korean");
        assertThat(aliasTexts("PRK")).contains("DPRK", "Democratic People's Republic of Korea",
                "Democratic People’s Republic of Korea", "North Korean").doesNotContain("Korea");
        assertThat(aliasTexts("USA")).contains("U.S.", "America", "American", "White House", "Washington");
        assertThat(aliasTexts("RUS")).contains("Russian Federation", "Kremlin", "Moscow", "Russo")
                .doesNotContain("Soviet", "Soviet Union");
        assertThat(aliasTexts("SUN")).contains("Soviet", "USSR", "Union of Soviet Socialist Republics")
                .doesNotContain("Moscow");
        assertThat(aliasTexts("CHN")).contains("PRC", "Beijing", "Zhongnanhai", "Sino");
        assertThat(aliasTexts("TUR")).contains("Turkey", "Turkiye");
        assertThat(aliasTexts("CIV")).contains("Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire");
        assertThat(aliasTexts("MMR")).contains("Burma");
        assertThat(aliasTexts("CZE")).contains("Czech Republic");
        assertThat(aliasTexts("NLD")).contains("Amsterdam", "The Hague");
        assertThat(states()).noneMatch(s -> aliasTexts(s.id()).contains("Congo"));
    }

    @Test
    void noValueStartsWithThe() {
        for (Entity e : kb.entities()) {
            for (Alias a : e.aliases()) {
                if (a.text().equals("The Hague")) {
                    continue;
                }
                assertThat(a.text().toLowerCase(Locale.ROOT)).as("alias of %s", e.id()).doesNotStartWith("the ");
            }
        }
    }

    @Test
    void organisationsIncludeTheKeyFormatsAndBodies() {
        assertThat(kb.entities(EntityType.ORG)).hasSizeGreaterThanOrEqualTo(180);
        for (String id : List.of("org:g7", "org:g20", "org:quad", "org:nato", "org:asean", "org:sco", "org:brics",
                "org:eu", "org:aukus", "org:two-plus-two", "org:unsc", "org:un")) {
            assertThat(kb.get(id)).as(id).isPresent();
            assertThat(kb.require(id).attribute("kind")).as("kind of %s", id).isNotBlank();
        }
        assertThat(aliasTexts("org:unsc")).contains("Security Council", "UN Security Council", "UNSC");
        assertThat(aliasTexts("org:two-plus-two")).contains("two plus two", "2+2");
        assertThat(members("org:nato")).hasSize(32).contains("FIN", "SWE", "USA", "TUR");
        assertThat(members("org:eu")).hasSize(27).doesNotContain("GBR");
        assertThat(members("org:g7")).containsExactlyInAnyOrder("USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN");
        assertThat(members("org:g20")).hasSize(21).contains("org:eu", "org:au");
        assertThat(members("org:quad")).containsExactlyInAnyOrder("USA", "JPN", "IND", "AUS");
        assertThat(members("org:aukus")).containsExactlyInAnyOrder("AUS", "GBR", "USA");
        assertThat(members("org:two-plus-two")).containsExactlyInAnyOrder("USA", "JPN");
        assertThat(kb.get("org:hamas").orElseThrow().attribute("kind")).isEqualTo("armed-group");
        Set<String> kinds = Set.of("alliance", "organisation", "un-body", "un-agency", "format", "bloc", "bank",
                "court", "treaty", "forum", "agency", "armed-group");
        for (Entity o : kb.entities(EntityType.ORG)) {
            assertThat(o.id()).startsWith("org:");
            assertThat(kinds).as("kind of %s", o.id()).contains(o.attribute("kind"));
        }
    }

    @Test
    void membersOfOrganisationsAndGroupsExist() {
        for (Entity e : kb.entities()) {
            if (e.type() == EntityType.ORG || e.type() == EntityType.GROUP) {
                for (String m : members(e.id())) {
                    assertThat(kb.get(m)).as("member %s of %s", m, e.id()).isPresent();
                }
            }
        }
    }

    @Test
    void everyG20MemberHasAGovernmentAndAForeignMinisterInEveryYear() {
        List<String> gaps = new ArrayList<>();
        for (String country : G20) {
            assertThat(kb.get(country)).as(country).isPresent();
            for (int year = 2000; year <= 2026; year++) {
                if (!held(country, year, Office.HEAD_OF_GOVERNMENT)
                        && !(HEAD_OF_STATE_GOVERNS.contains(country) && held(country, year, Office.HEAD_OF_STATE))) {
                    gaps.add(country + " " + year + " head of government");
                }
                if (!held(country, year, Office.FOREIGN_MINISTER)) {
                    gaps.add(country + " " + year + " foreign minister");
                }
                if (!country.startsWith("org:") && !held(country, year, Office.HEAD_OF_STATE)) {
                    gaps.add(country + " " + year + " head of state");
                }
            }
        }
        assertThat(gaps).isEmpty();
        for (int year = 2010; year <= 2026; year++) {
            assertThat(held("org:eu", year, Office.HEAD_OF_STATE)).as("President of the European Council in %d", year)
                    .isTrue();
        }
    }

    @Test
    void knownOfficesAreRight() {
        Entity abe = kb.require("person:shinzo-abe");
        assertThat(abe.attribute("surname")).isEqualTo("Abe");
        assertThat(abe.offices()).extracting(Office::from).containsExactly(2006, 2012);
        assertThat(holders("JPN", 2021, Office.HEAD_OF_GOVERNMENT)).containsExactlyInAnyOrder("Yoshihide Suga",
                "Fumio Kishida");
        assertThat(holders("JPN", 2021, Office.FOREIGN_MINISTER)).contains("Toshimitsu Motegi");
        assertThat(holders("USA", 2021, Office.FOREIGN_MINISTER)).containsExactlyInAnyOrder("Mike Pompeo", "Antony Blinken");
        assertThat(holders("USA", 2022, Office.FOREIGN_MINISTER)).containsExactly("Antony Blinken");
        assertThat(holders("USA", 2021, Office.HEAD_OF_STATE)).containsExactlyInAnyOrder("Donald Trump", "Joe Biden");
        assertThat(holders("RUS", 2010, Office.HEAD_OF_GOVERNMENT)).containsExactly("Vladimir Putin");
        assertThat(holders("RUS", 2010, Office.HEAD_OF_STATE)).containsExactly("Dmitry Medvedev");
        assertThat(kb.require("person:kim-jong-un").attribute("surname")).isNull();
        assertThat(aliasTexts("person:volodymyr-zelenskyy")).contains("Zelensky", "Zelenskiy");
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        // ids are map keys in KnowledgeBase, so count rows across the shipped files instead
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String file : List.of("states.tsv", "former-states.tsv", "organisations.tsv", "people.tsv", "places.tsv", "groups.tsv")) {
            for (String line : resource(file).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String id = line.substring(0, line.indexOf('\t'));
                if (!seen.add(id)) {
                    duplicates.add(file + ": " + id);
                }
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(seen).hasSize(kb.size());
        for (Entity e : kb.entities()) {
            String prefix = switch (e.type()) {
                case STATE -> "";
                case ORG -> "org:";
                case PERSON -> "person:";
                case PLACE -> "place:";
                case GROUP -> "group:";
            };
            assertThat(e.id()).startsWith(prefix);
            if (e.country() != null) {
                assertThat(kb.get(e.country())).as("country %s of %s", e.country(), e.id()).isPresent();
            }
            for (Office o : e.offices()) {
                assertThat(kb.get(o.country())).as("office country %s of %s", o.country(), e.id()).isPresent();
            }
            if (e.attribute("filedAs") != null) {
                assertThat(kb.get(e.attribute("filedAs"))).as("filed-as %s of %s", e.attribute("filedAs"), e.id())
                        .isPresent();
            }
        }
        assertThat(kb.entities(EntityType.PLACE)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(kb.entities(EntityType.GROUP)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void userStatesFileOverridesAndExtends(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("states.tsv"), String.join("\n",
                "# a user override",
                "id\tiso2\tname\tstatus\taliases\tcapitals\tseats\tdemonyms",
                "JPN\tJP\tNippon\tmember\tJapan; Nihon\tTokyo\tKantei\tJapanese",
                ""), StandardCharsets.UTF_8);
        KnowledgeBase merged = KnowledgeBaseLoader.load(dir);
        assertThat(merged.require("JPN").name()).isEqualTo("Nippon");
        assertThat(merged.require("JPN").aliases()).extracting(Alias::text).contains("Nihon");
        assertThat(merged.size()).isEqualTo(kb.size());
        assertThat(merged.require("KOR").name()).isEqualTo("South Korea");
        assertThat(merged.fingerprint()).isNotEqualTo(kb.fingerprint());
    }

    @Test
    void aFormerStateOwnsTheDocumentsFiledUnderItsContinuatorInItsYears() {
        assertThat(kb.filedState("RUS", 1977)).isEqualTo("SUN");
        assertThat(kb.filedState("RUS", 1991)).isEqualTo("SUN");
        assertThat(kb.filedState("RUS", 1992)).isEqualTo("RUS");
        assertThat(kb.filedState("UKR", 1977)).isEqualTo("UKR");
        assertThat(kb.require("SUN").attribute("to")).isEqualTo("1991");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            bidenwhitehouse.archives.gov | USA
            www.defense.mil              | USA
            www.mofa.go.jp               | JPN
            www.gov.uk                   | GBR
            www.diplomatie.gouv.fr       | FRA
            www.gob.mx                   | MEX
            www.international.gc.ca      | CAN
            www.kremlin.ru               | RUS
            www.governor.com             | none
            news.example.org             | none
            """)
    void aGovernmentsOwnDomainNamesItsState(String host, String state) {
        assertThat(kb.publisherState(host)).isEqualTo(Optional.ofNullable(state));
        assertThat(kb.publisherState(null)).isEmpty();
    }

    @Test
    void aFormerStateRowNeedsBothYears(@TempDir Path dir) throws IOException {
        assertRowRejected(dir.resolve("former-states.tsv"), 2, "1922-1991",
                "id\tiso2\tname\tyears\tfiled-as\taliases\tdemonyms",
                "XYZ\tXY\tSomewhere\t1950-\t\t\t");
    }

    @Test
    void malformedUserRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("people.tsv");
        assertRowRejected(file, 3, "expected 6",
                "# a broken row on line 3",
                "id\tname\tcountry\tsurname\taliases\toffices",
                "person:someone\tSome One\tJPN\tOne");
        assertRowRejected(file, 2, "2012-2020",
                "id\tname\tcountry\tsurname\taliases\toffices",
                "person:someone\tSome One\tJPN\tOne\t\thead_of_government:Prime Minister:twenty");
    }

    /** Writes {@code rows} to {@code file} and expects loading its directory to fail naming the file, the line and why. */
    private static void assertRowRejected(Path file, int line, String reason, String... rows) throws IOException {
        Files.writeString(file, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(file.getParent()))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(file + ":" + line).hasMessageContaining(reason);
    }

    private static boolean held(String country, int year, String role) {
        return !holders(country, year, role).isEmpty();
    }

    private static List<String> holders(String country, int year, String role) {
        List<String> names = new ArrayList<>();
        for (Entity p : kb.entities(EntityType.PERSON)) {
            for (Office o : p.offices()) {
                if (o.country().equals(country) && o.role().equals(role) && o.heldIn(year)) {
                    if (!names.contains(p.name())) {
                        names.add(p.name());
                    }
                }
            }
        }
        return names;
    }

    /** The canonical name and every alias of an entity. */
    private static List<String> aliasTexts(String id) {
        Entity e = kb.require(id);
        List<String> texts = new ArrayList<>();
        texts.add(e.name());
        e.aliases().forEach(a -> texts.add(a.text()));
        return texts;
    }

    private static List<String> members(String id) {
        String m = kb.require(id).attribute("members");
        return m == null ? List.of() : List.of(m.split(";"));
    }

    private static String resource(String file) {
        try (var in = KnowledgeBaseLoader.class.getResourceAsStream(KnowledgeBaseLoader.RESOURCE_DIR + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

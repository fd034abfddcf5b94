package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg evaluate} end to end on tiny invented gold sets, with the fake NLP engine and the real extractor. */
class EvaluateCommandTest {
    private static final Pattern TABLE_LINE = Pattern.compile(
            "(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern RULE_LINE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+"
            + "(\\d+)\\s+(\\S+)");
    private static final String BRIDGE_GOLD = "entity\tperson\t^Ana Ruiz$\nentity\tperson\t^Tom Baker$\n";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(CliFixtures.NAMES);

    @TempDir
    Path temp;

    @Test
    void aSetWhoseReadmeDeclaresAClosedWorldIsScoredClosedUnlessOverridden() throws IOException {
        Path set = goldSet("# Invented benchmark\n\n## Scoring: closed world\n");
        article(set, "01_bridge", BRIDGE_GOLD);

        Cli closed = Cli.run(nlp.models(), "evaluate", set);
        Cli open = Cli.run(nlp.models(), "evaluate", "--world", "open", set);

        assertThat(closed.exitCode()).as(closed.toString()).isZero();
        assertThat(closed.outLines().get(0)).isEqualTo("Scoring: closed world (README.md [line 3]: '## Scoring: "
                + "closed world'); --world open|closed overrides.");
        assertThat(open.outLines().get(0)).isEqualTo("Scoring: open world (--world open); --world open|closed "
                + "overrides.");
        // the roles the fixture gives ("City engineer Ana Ruiz", "Mayor Tom Baker") name no annotated entity
        int roleRows = count(open, "affiliation", 4);
        assertThat(roleRows).isPositive();
        assertThat(count(open, "affiliation", 5)).isEqualTo(roleRows);
        assertThat(count(closed, "affiliation", 4)).isZero();
        assertThat(closed.out()).contains("(" + roleRows + " more rows were not judged: relation rows with an "
                + "argument that names no annotated entity");
        // entity rows are judged in both worlds
        assertThat(count(closed, "entity", 5)).isEqualTo(count(open, "entity", 5)).isPositive();
    }

    @Test
    void byRuleListsEachRulesRowsAndFalsePositivesWorstFirst() throws IOException {
        Path set = goldSet(null);
        article(set, "01_bridge", BRIDGE_GOLD);

        Cli cli = Cli.run(nlp.models(), "evaluate", "--by-rule", set);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines().get(0)).startsWith("Scoring: open world (the set has no README.md");
        List<Matcher> rules = cli.outLines().stream().dropWhile(l -> !l.startsWith("rule "))
                .skip(1).takeWhile(l -> !l.isBlank()).map(RULE_LINE::matcher).filter(Matcher::matches).toList();
        assertThat(rules).isNotEmpty();
        assertThat(rules).extracting(m -> Integer.parseInt(m.group(5)))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        // every entity row is traced: the rules' entity rows add up to at least the table's
        int entityRows = rules.stream().filter(m -> m.group(2).equals("entity"))
                .mapToInt(m -> Integer.parseInt(m.group(3))).sum();
        assertThat(entityRows).isGreaterThanOrEqualTo(count(cli, "entity", 4)).isPositive();
        assertThat(rules).filteredOn(m -> m.group(2).equals("entity"))
                .extracting(m -> Integer.parseInt(m.group(4))).contains(2);
    }

    @Test
    void twoArticlesWithOneIdentityAreRefusedRatherThanScoredAgainstEachOther() throws IOException {
        Path set = goldSet(null);
        article(set, "01_bridge", BRIDGE_GOLD);
        Files.copy(CliFixtures.NEWS.resolve("01_bridge.txt"), set.resolve("articles/02_copy.txt"));
        Files.writeString(set.resolve("gold/02_copy.tsv"), "entity\tperson\t^Tom Baker$\n");

        Cli cli = Cli.run(nlp.models(), "evaluate", set);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("newskg: error: " + set.resolve("articles/02_copy.txt") + ": the same article "
                + "as " + set.resolve("articles/01_bridge.txt") + " (one URL, or one title and text), so their rows "
                + "could not be told apart. Give each article of the gold set its own 'Original' URL, or remove "
                + "one.\n");
        assertThat(nlp.loads()).isZero();
    }

    @Test
    void anUnreadableArticleCountsAsFindingNothingAndLimitTakesTheFirstByName() throws IOException {
        Path set = goldSet(null);
        article(set, "01_bridge", BRIDGE_GOLD);
        Files.writeString(set.resolve("articles/02_blank.txt"), "");
        Files.writeString(set.resolve("gold/02_blank.tsv"), "entity\tperson\t^Lina Holt$\n");
        article(set, "03_later", "entity\tperson\t^Ana Ruiz$\n");

        Cli cli = Cli.run(nlp.models(), "evaluate", "--limit", "2", "--threads", "1", set);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
        assertThat(cli.errLines()).last().asString()
                .contains("1 article of ").contains("could not be scored and counted as finding nothing");
        assertThat(count(cli, "entity", 2)).isEqualTo(3);
        assertThat(count(cli, "entity", 3)).isEqualTo(2);
        assertThat(cli.err()).contains("02_blank.txt").contains("(scored as finding nothing)");
        assertThat(cli.out()).contains("Scored 2 articles in ");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path set = goldSet(null);
        article(set, "01_bridge", BRIDGE_GOLD);

        Cli world = Cli.run(nlp.models(), "evaluate", "--world", "closd", set);
        Cli threads = Cli.run(nlp.models(), "evaluate", "--threads", "0", set);

        assertThat(world.exitCode()).isEqualTo(2);
        assertThat(world.errLines().get(0))
                .isEqualTo("newskg: error: --world: expected auto, open or closed but was 'closd'.");
        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.errLines().get(0)).isEqualTo("newskg: error: --threads must be at least 1 but was 0.");
        assertThat(nlp.loads()).isZero();
    }

    private Path goldSet(String readme) throws IOException {
        Path set = temp.resolve("set");
        Files.createDirectories(set.resolve("articles"));
        Files.createDirectories(set.resolve("gold"));
        if (readme != null) {
            Files.writeString(set.resolve("README.md"), readme);
        }
        return set;
    }

    /** The bridge fixture article under another name, with these gold lines. */
    private static void article(Path set, String name, String gold) throws IOException {
        Files.copy(CliFixtures.NEWS.resolve("01_bridge.txt"), set.resolve("articles/" + name + ".txt"));
        Files.writeString(set.resolve("gold/" + name + ".tsv"), gold);
    }

    /** A count of the score table's line for a kind: group 2 gold, 3 hits, 4 rows, 5 false positives. */
    private static int count(Cli cli, String kind, int group) {
        return cli.outLines().stream().map(TABLE_LINE::matcher).filter(m -> m.matches() && m.group(1).equals(kind))
                .map(m -> Integer.parseInt(m.group(group))).findFirst().orElseThrow(() -> new AssertionError(
                        "no line for " + kind + " in\n" + cli));
    }
}

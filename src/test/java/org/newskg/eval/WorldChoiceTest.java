package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldChoiceTest {
    private static final Path BENCHMARK = Path.of("../shared/benchmarks/redocred-dev");
    private static final Path DEV = Path.of("../shared/dev");

    @TempDir
    Path tmp;

    @Test
    void aHeadingNamingAClosedWorldDecides() {
        WorldChoice choice = WorldChoice.declaredIn("""
                # A benchmark

                Some text about an open world of facts.

                ## Scoring: closed world
                A row is judged only ...
                """, "README.md");

        assertThat(choice.world()).isEqualTo(World.CLOSED);
        assertThat(choice.reason()).isEqualTo("README.md [line 5]: '## Scoring: closed world'");
        assertThat(choice.describe()).isEqualTo("Scoring: closed world (README.md [line 5]: '## Scoring: closed "
                + "world'); --world open|closed overrides.");
    }

    @Test
    void aSentenceNamingAClosedWorldDecidesEvenAcrossALineBreak() {
        WorldChoice choice = WorldChoice.declaredIn("Invented gold lines.\nThe set must be scored closed-\nworld, "
                + "as its\nannotators labelled few. Thanks.", "README.md");

        assertThat(choice.world()).isEqualTo(World.CLOSED);
        assertThat(choice.reason())
                .isEqualTo("README.md: 'The set must be scored closed- world, as its annotators labelled few.'");
    }

    @Test
    void aNegatedSentenceOrNoMentionMeansOpen() {
        assertThat(WorldChoice.declaredIn("This set is not scored closed-world.\n", "README.md").world())
                .isEqualTo(World.OPEN);
        assertThat(WorldChoice.declaredIn("Every fact a reader takes is listed.\n", "README.md").world())
                .isEqualTo(World.OPEN);
        assertThat(WorldChoice.declaredIn("## Scoring: open world\nUnlike a closed world set, ...\n", "README.md")
                .world()).isEqualTo(World.OPEN);
    }

    @Test
    void aSetWithoutReadmeIsOpenAndAGivenWorldSaysSo() throws IOException {
        assertThat(WorldChoice.declaredBy(tmp)).isEqualTo(new WorldChoice(World.OPEN,
                "the set has no README.md declaring closed-world scoring"));
        Files.writeString(tmp.resolve("README.md"), "### Closed world\n");
        assertThat(WorldChoice.declaredBy(tmp).world()).isEqualTo(World.CLOSED);
        assertThat(WorldChoice.given(World.OPEN).describe())
                .isEqualTo("Scoring: open world (--world open); --world open|closed overrides.");
    }

    @Test
    void theSharedSetsDeclareTheirOwnWorlds() {
        assumeTrue(Files.isDirectory(BENCHMARK) && Files.isDirectory(DEV), "the shared sets are not on this machine");

        assertThat(WorldChoice.declaredBy(BENCHMARK).world()).isEqualTo(World.CLOSED);
        assertThat(WorldChoice.declaredBy(DEV).world()).isEqualTo(World.OPEN);
    }
}

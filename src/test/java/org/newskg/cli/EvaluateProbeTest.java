package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.sys.FakeNlpLoader;

class EvaluateProbeTest {
    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(CliFixtures.NAMES);

    @TempDir
    Path temp;

    @Test
    void probe() throws Exception {
        Files.createDirectories(temp.resolve("articles"));
        Files.createDirectories(temp.resolve("gold"));
        Files.copy(CliFixtures.NEWS.resolve("01_bridge.txt"), temp.resolve("articles/01_bridge.txt"));
        Files.writeString(temp.resolve("gold/01_bridge.tsv"), "entity\tperson\tAna Ruiz\n");
        Cli cli = Cli.run("evaluate", "--by-rule", "--verbose", temp);
        System.out.println(cli);
    }
}

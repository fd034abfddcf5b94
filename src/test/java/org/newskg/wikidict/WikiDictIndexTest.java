package org.newskg.wikidict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk index: built once from a gzipped TSV, reopened without rebuilding, never used half-built. */
class WikiDictIndexTest {
    private static final String TSV = """
            Donald Trump\tDonald_Trump\t0.991515
            Carlsen\tCarlsen_Verlag\t0.460227
            El Chapo\tJoaquín_Guzmán\t0.785714
            northern\tNorth_India\t0.460796
            Laura Carlsen\tLaura_Carlsen\t1.0
            a broken line without tabs
            """;

    @TempDir
    Path cache;

    @Test
    void buildsOnceThenOpensTheSameIndex() throws IOException {
        List<String> progress = new ArrayList<>();
        int[] reads = {0};
        WikiDictIndex index = WikiDictIndex.of(cache.resolve("wikidict-test"), () -> {
            reads[0]++;
            return gzip(TSV);
        });

        try (MvStoreWikiDictionary dictionary = index.openOrBuild(progress::add)) {
            assertThat(dictionary.lookup("Donald Trump")).contains(new WikiEntry("Donald_Trump", 0.991515));
            assertThat(dictionary.size()).isEqualTo(4);
        }
        try (MvStoreWikiDictionary reopened = index.openOrBuild(progress::add)) {
            assertThat(reopened.lookup("El Chapo")).contains(new WikiEntry("Joaquín_Guzmán", 0.785714));
            assertThat(reopened.lookup("Laura Carlsen")).map(WikiEntry::title).contains("Laura_Carlsen");
            assertThat(reopened.lookup("Nobody Here")).isEmpty();
        }

        assertThat(reads[0]).as("the TSV is read by the first build only").isEqualTo(1);
        assertThat(progress).first().asString().contains("indexing the Wikipedia dictionary into");
        assertThat(progress).last().asString().contains("indexed 4 surface forms");
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("wikidict-test");
        }
    }

    @Test
    void commonWordsAreNeitherIndexedNorLookedUp() throws IOException {
        WikiDictIndex index = WikiDictIndex.of(cache.resolve("wikidict-test"), () -> gzip(TSV));

        try (MvStoreWikiDictionary dictionary = index.openOrBuild(line -> { })) {
            assertThat(dictionary.lookup("northern")).isEmpty();
            assertThat(dictionary.lookup("")).isEmpty();
        }
        assertThat(WikiDictionary.indexable("northern")).isFalse();
        assertThat(WikiDictionary.indexable("Sinaloa Cartel")).isTrue();
        assertThat(WikiDictionary.indexable("A".repeat(WikiDictionary.MAX_SURFACE_LENGTH + 1))).isFalse();
    }

    @Test
    void aBuildThatFailsHalfWayLeavesNothingThatIsUsed() throws IOException {
        Path folder = cache.resolve("wikidict-test");
        byte[] whole = gzip(TSV).readAllBytes();
        WikiDictIndex failing = WikiDictIndex.of(folder,
                () -> new ByteArrayInputStream(java.util.Arrays.copyOf(whole, whole.length / 2)));

        assertThatThrownBy(() -> failing.openOrBuild(line -> { })).isInstanceOf(WikiDictException.class)
                .hasMessageContaining("could not build the Wikipedia dictionary index in " + folder)
                .hasMessageContaining("NEWSKG_CACHE");

        assertThat(failing.isBuilt()).isFalse();
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theFolderOfAKilledBuildIsNeverOpenedAndIsCleanedUp() throws IOException {
        Path folder = cache.resolve("wikidict-test");
        Path killed = cache.resolve("wikidict-test.building-" + deadPid());
        Files.createDirectories(killed);
        Files.writeString(killed.resolve(WikiDictIndex.FILE), "half an index");
        WikiDictIndex index = WikiDictIndex.of(folder, () -> gzip(TSV));

        assertThat(index.isBuilt()).isFalse();
        try (MvStoreWikiDictionary dictionary = index.openOrBuild(line -> { })) {
            assertThat(dictionary.lookup("Donald Trump")).isPresent();
        }
        assertThat(killed).doesNotExist();
    }

    @Test
    void theCacheFolderFollowsNewskgCacheThenXdgThenHome() {
        assertThat(WikiDictIndex.defaultCacheRoot(Map.of("NEWSKG_CACHE", "/data/nkg", "XDG_CACHE_HOME", "/x")))
                .isEqualTo(Path.of("/data/nkg"));
        assertThat(WikiDictIndex.defaultCacheRoot(Map.of("XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("/x/newskg"));
        assertThat(WikiDictIndex.defaultCacheRoot(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "newskg"));
    }

    /** A process id that no running process has. */
    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private static InputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}

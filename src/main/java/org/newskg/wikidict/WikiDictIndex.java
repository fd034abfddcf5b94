package org.newskg.wikidict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The on-disk index of CoreNLP's Wikipedia dictionary ({@code wikidict.tab.gz} in the {@code models-english-kbp}
 * jar: surface form, Wikipedia title, score). It is built once, on first use, into a folder of the cache
 * ({@code ${XDG_CACHE_HOME:-~/.cache}/newskg/wikidict-<version>/}, or under {@code NEWSKG_CACHE}), then opened in
 * milliseconds. The build writes into a sibling folder and renames it into place when complete, so a build that is
 * killed half-way is never used; the next run starts it again.
 *
 * <p>Not thread-safe; one process builds at a time (a second one that finishes later keeps the first index).
 */
public final class WikiDictIndex {
    /** The dictionary inside the CoreNLP KBP models jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    static final String FILE = "wikidict.mv";
    /** Changes when the index's layout or pruning changes, so an old index is not reused. */
    private static final String FORMAT = "1";
    private static final Pattern CORENLP_VERSION =
            Pattern.compile("stanford-corenlp-([0-9][0-9.]*)-models-english-kbp");
    private static final int PROGRESS_EVERY = 5_000_000;
    private static final int LINES_PER_RUN = 1_000_000;

    private final Path folder;
    private final Source source;

    private WikiDictIndex(Path folder, Source source) {
        this.folder = folder;
        this.source = source;
    }

    /** Where the gzipped TSV comes from. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The index of the classpath's dictionary, in its version's folder under {@code cacheRoot}. */
    public static WikiDictIndex inCache(Path cacheRoot) {
        URL resource = WikiDictIndex.class.getClassLoader().getResource(RESOURCE);
        if (resource == null) {
            throw new WikiDictException("the Wikipedia dictionary " + RESOURCE + " is not on the classpath. Rebuild "
                    + "newskg with 'mvn package', which downloads the CoreNLP KBP models.", null);
        }
        Matcher version = CORENLP_VERSION.matcher(resource.toString());
        String name = "wikidict-" + (version.find() ? version.group(1) : "corenlp") + "-" + FORMAT;
        return new WikiDictIndex(cacheRoot.resolve(name), resource::openStream);
    }

    /** An index of any gzipped {@code surface TAB title TAB score} file, in {@code folder}. */
    public static WikiDictIndex of(Path folder, Source gzippedTsv) {
        return new WikiDictIndex(folder, gzippedTsv);
    }

    /**
     * The cache folder: {@code NEWSKG_CACHE} when set, else {@code $XDG_CACHE_HOME/newskg}, else
     * {@code ~/.cache/newskg}.
     */
    public static Path defaultCacheRoot(Map<String, String> env) {
        String own = env.get("NEWSKG_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg");
    }

    /** The folder of the complete index; it exists only once a build has finished. */
    public Path folder() {
        return folder;
    }

    public boolean isBuilt() {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Opens the index, building it first when it is not there yet; {@code progress} gets a line now and then. */
    public MvStoreWikiDictionary openOrBuild(Consumer<String> progress) {
        if (!isBuilt()) {
            build(progress);
        }
        return MvStoreWikiDictionary.open(folder.resolve(FILE));
    }

    /** Builds the index into a temporary sibling folder and renames it into place. */
    void build(Consumer<String> progress) {
        long start = System.nanoTime();
        Path building = folder.resolveSibling(folder.getFileName() + ".building-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(folder.getParent());
            removeAbandonedBuilds();
            deleteTree(building);
            Files.createDirectories(building);
            progress.accept("newskg: indexing the Wikipedia dictionary into " + folder
                    + " (once; this takes a minute or two) ...");
            long entries = write(building, progress);
            moveIntoPlace(building);
            progress.accept(String.format("newskg: indexed %,d surface forms in %d s (%,d MB) into %s", entries,
                    (System.nanoTime() - start) / 1_000_000_000L, Files.size(folder.resolve(FILE)) >> 20, folder));
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(building);
            throw new WikiDictException("could not build the Wikipedia dictionary index in " + folder + ": "
                    + e.getMessage() + ". Check the free space and permissions there, or set NEWSKG_CACHE to "
                    + "another folder.", e);
        }
    }

    private long write(Path folder, Consumer<String> progress) throws IOException {
        ExternalSort sort = new ExternalSort(folder, LINES_PER_RUN);
        long read = 0;
        try (InputStream raw = source.open();
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int first = line.indexOf('\t');
                if (first > 0 && line.indexOf('\t', first + 1) > first
                        && WikiDictionary.indexable(line.substring(0, first))) {
                    sort.add(line);
                }
                if (++read % PROGRESS_EVERY == 0) {
                    progress.accept(String.format("newskg: ... read %,d entries", read));
                }
            }
        }
        progress.accept("newskg: ... writing the index");
        return append(folder.resolve(FILE), sort);
    }

    /** Writes the sorted entries in order; of two entries for one surface form the first is kept. */
    private static long append(Path file, ExternalSort sort) throws IOException {
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        long[] count = {0};
        try {
            MVMap<String, String> map = MvStoreWikiDictionary.openMap(store);
            String[] previous = {null};
            sort.drainSorted(line -> {
                int tab = line.indexOf('\t');
                String surface = line.substring(0, tab);
                if (!surface.equals(previous[0])) {
                    map.append(surface, line.substring(tab + 1));
                    previous[0] = surface;
                    count[0]++;
                }
            });
            store.commit();
        } finally {
            store.close();
        }
        return count[0];
    }

    private void moveIntoPlace(Path building) throws IOException {
        try {
            Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!isBuilt()) {
                throw e;
            }
            deleteTree(building);
        }
    }

    /** Removes the folders of builds whose process is gone (killed half-way). */
    private void removeAbandonedBuilds() throws IOException {
        String prefix = folder.getFileName() + ".building-";
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && !alive(name.substring(prefix.length()))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // the next build removes it
        }
    }
}

package org.newskg.wikidict;

import java.nio.file.Path;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.StringDataType;

/**
 * A {@link WikiDictionary} in an H2 MVStore file: a B-tree from surface form to {@code title TAB score}, read from
 * disk page by page, so opening takes milliseconds and the heap holds only a small page cache. Thread-safe for
 * lookups; close it when done.
 */
public final class MvStoreWikiDictionary implements WikiDictionary, AutoCloseable {
    static final String MAP_NAME = "wikidict";
    private static final int CACHE_MB = 8;

    private final MVStore store;
    private final MVMap<String, String> map;

    private MvStoreWikiDictionary(MVStore store) {
        this.store = store;
        this.map = openMap(store);
    }

    /** Opens an index file read-only. */
    public static MvStoreWikiDictionary open(Path file) {
        return new MvStoreWikiDictionary(new MVStore.Builder().fileName(file.toString()).readOnly()
                .cacheSize(CACHE_MB).open());
    }

    static MVMap<String, String> openMap(MVStore store) {
        return store.openMap(MAP_NAME, new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE)
                .valueType(StringDataType.INSTANCE));
    }

    static String encode(WikiEntry entry) {
        return entry.title() + '\t' + entry.score();
    }

    @Override
    public Optional<WikiEntry> lookup(String surfaceForm) {
        if (!WikiDictionary.indexable(surfaceForm)) {
            return Optional.empty();
        }
        String value = map.get(surfaceForm);
        if (value == null) {
            return Optional.empty();
        }
        int tab = value.lastIndexOf('\t');
        return Optional.of(new WikiEntry(value.substring(0, tab), Double.parseDouble(value.substring(tab + 1))));
    }

    /** How many surface forms the index holds. */
    public long size() {
        return map.sizeAsLong();
    }

    @Override
    public void close() {
        store.close();
    }
}

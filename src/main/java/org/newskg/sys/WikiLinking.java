package org.newskg.sys;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.EntityType;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.extract.link.LinkingFactExtractor;
import org.newskg.extract.link.WikiEntityLinker;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.wikidict.MvStoreWikiDictionary;
import org.newskg.wikidict.WikiDictIndex;
import org.newskg.wikidict.WikiDictionary;

/**
 * Assembles entity linking: the on-disk Wikipedia dictionary index, opened once per process (and built first when
 * the cache does not have it yet, with a progress line on stderr), and the gazetteer's place names.
 *
 * <p>Linking is on unless the system property {@code newskg.entitylink} or the environment variable
 * {@code NEWSKG_ENTITYLINK} is {@code off}; the index lives under {@link WikiDictIndex#defaultCacheRoot}.
 */
final class WikiLinking {
    /** A city must have this many people for a person or organization not to be linked to its page. */
    private static final long LARGE_CITY = 100_000;

    private WikiLinking() {
    }

    static boolean enabled(Map<String, String> env) {
        String setting = System.getProperty("newskg.entitylink", env.getOrDefault("NEWSKG_ENTITYLINK", "on"));
        return !setting.strip().toLowerCase(Locale.ROOT).equals("off");
    }

    /** The extractor with linking, the index opening in the background from now on. */
    static FactExtractor linking(FactExtractor extractor) {
        return new LinkingFactExtractor(extractor, new WikiEntityLinker(dictionary(), WikiLinking::knownPlaces));
    }

    /** The shared dictionary index, opening in the background from now on; a lookup waits for it. */
    static WikiDictionary dictionary() {
        Thread opener = new Thread(Holder::dictionary, "newskg-wikidict");
        opener.setDaemon(true);
        opener.start();
        return form -> Holder.dictionary().lookup(form);
    }

    /** Every extractor, the entities' also finding the names NER missed that the dictionary knows. */
    static NewsFactExtractor withDictionaryNames() {
        EntityExtractor entities = new EntityExtractor(dictionary(), name -> Gazetteer.shared().lookup(name));
        return NewsFactExtractor.create().replace(NewsFactExtractor.ENTITIES,
                (article, before) -> before.withEntities(entities.extract(article).entities())).build();
    }

    private static Set<EntityType> knownPlaces(String name) {
        Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);
        for (GeoPlace place : Gazetteer.shared().lookup(name)) {
            switch (place.kind()) {
                case COUNTRY -> kinds.add(EntityType.COUNTRY);
                case FIRST_LEVEL_DIVISION -> kinds.add(EntityType.FIRST_LEVEL_DIVISION);
                case CITY -> {
                    if (place.population() >= LARGE_CITY) {
                        kinds.add(EntityType.CITY);
                    }
                }
            }
        }
        return kinds;
    }

    /** The shared index, opened (or built) once; a failure is kept and thrown to every caller. */
    private static final class Holder {
        private static volatile MvStoreWikiDictionary dictionary;
        private static RuntimeException failure;

        static WikiDictionary dictionary() {
            MvStoreWikiDictionary opened = dictionary;
            return opened != null ? opened : openOnce();
        }

        private static synchronized WikiDictionary openOnce() {
            if (dictionary == null && failure == null) {
                try {
                    dictionary = WikiDictIndex.inCache(WikiDictIndex.defaultCacheRoot(System.getenv()))
                            .openOrBuild(System.err::println);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return dictionary;
        }
    }
}

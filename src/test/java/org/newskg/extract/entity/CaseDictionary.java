package org.newskg.extract.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.gazetteer.Seat;
import org.newskg.wikidict.WikiEntry;

/**
 * The invented Wikipedia dictionary and gazetteer of a golden case: {@code dictionary.tsv} (surface form, page
 * title, score) and {@code places.tsv} (name, kind as {@link PlaceKind}, population), tab-separated, '#' comments.
 */
final class CaseDictionary {
    static final String DICTIONARY = "dictionary.tsv";
    static final String PLACES = "places.tsv";

    private CaseDictionary() {
    }

    static EntityExtractor extractor(Path dir) {
        Map<String, WikiEntry> entries = new HashMap<>();
        for (String[] row : rows(dir.resolve(DICTIONARY))) {
            entries.put(row[0], new WikiEntry(row[1], Double.parseDouble(row[2])));
        }
        Map<String, List<GeoPlace>> places = new HashMap<>();
        for (String[] row : rows(dir.resolve(PLACES))) {
            PlaceKind kind = PlaceKind.valueOf(row[1]);
            places.put(row[0], List.of(new GeoPlace("case-" + row[0], kind, row[0], "ZZ", Optional.empty(),
                    OptionalLong.empty(), Optional.empty(), Long.parseLong(row[2]), Seat.NONE)));
        }
        return new EntityExtractor(form -> Optional.ofNullable(entries.get(form)),
                name -> places.getOrDefault(name, List.of()));
    }

    private static List<String[]> rows(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

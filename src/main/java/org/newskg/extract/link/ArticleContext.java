package org.newskg.extract.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Facts;
import org.newskg.extract.Geocode;

/**
 * The words of an article and the names of its places (with the divisions and countries that contain them), to
 * confirm a title's disambiguator: "John Smith (footballer)" in an article about football,
 * "Springfield, Illinois" in one whose Springfield lies in Illinois.
 */
final class ArticleContext {
    /** Words are compared on this many first letters, so "football" confirms "footballer". */
    private static final int STEM = 6;
    private static final int MIN_WORD = 3;

    private final Set<String> stems = new HashSet<>();
    private final Set<String> lowerCaseWords = new HashSet<>();

    ArticleContext(String body, Facts facts) {
        addWords(body);
        for (String word : body.split("[^\\p{L}\\p{N}-]+")) {
            if (!word.isEmpty() && word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                lowerCaseWords.add(word);
            }
        }
        addWords(facts.article().title());
        for (Geocode geocode : facts.places().geocodes()) {
            addWords(geocode.place().name());
        }
    }

    /** Whether the article says one of the words (connectors and short words do not count). */
    boolean confirms(List<String> words) {
        return words.stream().filter(w -> w.length() >= MIN_WORD).anyMatch(w -> stems.contains(stem(w)));
    }

    /** Whether the article also writes this word in lower case, as a common noun ("the police"). */
    boolean writesInLowerCase(String word) {
        return lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private void addWords(String text) {
        for (String word : Title.fold(text).split(" ")) {
            if (word.length() >= MIN_WORD) {
                stems.add(stem(word));
            }
        }
    }

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }
}

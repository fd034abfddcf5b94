package org.newskg.extract.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Wikipedia page title split into the name it is about and its disambiguator: {@code John_Smith_(footballer)} is
 * "John Smith" and "footballer", {@code Springfield,_Illinois} is "Springfield" and "Illinois".
 *
 * @param name      the name, underscores as spaces
 * @param qualifier the parenthetical or the part after the first comma, when there is one
 */
record Title(String name, Optional<String> qualifier) {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "del", "la", "le",
            "los", "las", "des", "du", "da", "di", "van", "von", "der", "in", "at", "a", "an");

    static Title parse(String title) {
        String text = title.replace('_', ' ').strip();
        int open = text.lastIndexOf(" (");
        if (open > 0 && text.endsWith(")")) {
            return new Title(text.substring(0, open).strip(), Optional.of(text.substring(open + 2, text.length() - 1)));
        }
        int comma = text.indexOf(", ");
        if (comma > 0) {
            return new Title(text.substring(0, comma).strip(), Optional.of(text.substring(comma + 2).strip()));
        }
        return new Title(text, Optional.empty());
    }

    /** The name's content words. */
    Set<String> words() {
        return words(name);
    }

    /**
     * The content words of a name: lower case, accents folded, possessives and punctuation dropped, connectors
     * ("of", "the", "de") left out.
     */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : fold(text).split(" ")) {
            if (!word.isEmpty() && !CONNECTORS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower case, accents folded, possessives dropped, anything but letters and digits a single space. */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The initials of the name's words, connectors skipped: "Central Intelligence Agency" gives "cia". */
    String initials() {
        StringBuilder initials = new StringBuilder();
        words().forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    List<String> qualifierWords() {
        return qualifier.map(q -> Arrays.asList(fold(q).split(" "))).orElse(List.of()).stream()
                .filter(w -> !w.isEmpty() && !CONNECTORS.contains(w)).toList();
    }
}

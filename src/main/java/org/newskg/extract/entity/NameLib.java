package org.newskg.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalizing and comparing names. */
public final class NameLib {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "del", "la", "le",
            "des", "du", "da", "di", "van", "von", "der", "&");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private NameLib() {
    }

    /** A comparison key: lower case, accents folded, full stops and possessives dropped, spaces collapsed. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
    }

    static List<String> words(String name) {
        String key = key(name);
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** The initials of a multi-word name, connectors skipped: "United States" gives "us". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : words(name)) {
            if (!CONNECTORS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPossessive(String word) {
        return POSSESSIVE.contains(word);
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static boolean isAllCaps(String word) {
        return word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "NEW YORK" becomes "New York"; mixed-case names are kept as written. */
    static String displayCase(String name) {
        List<String> words = Arrays.asList(name.split(" "));
        boolean shouting = words.size() > 1 ? words.stream().allMatch(NameLib::isAllCaps)
                : isAllCaps(name) && name.length() > 4;
        if (!shouting) {
            return name;
        }
        List<String> result = new ArrayList<>();
        for (String word : words) {
            boolean connector = !result.isEmpty() && isConnector(word);
            result.add(word.isEmpty() || connector ? word.toLowerCase(Locale.ROOT)
                    : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return String.join(" ", result);
    }

    /** A slug for IRIs: lower-case letters (accents folded, other scripts kept) and digits joined by hyphens. */
    public static String slug(String name) {
        String slug = key(name).replace("&", "and").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}

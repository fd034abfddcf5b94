package org.newskg.extract.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.gazetteer.Gazetteer;

/**
 * The word lists behind role extraction, read once from {@code org/newskg/extract/role-*.txt}: role nouns, title
 * modifiers, honorifics and organization unit nouns (membership verbs are patterns of {@code affiliation.rules});
 * nationality adjectives come from the gazetteer's demonyms. Words are compared in lower case with full stops
 * removed. Immutable and thread-safe.
 */
final class RoleLexicon {
    private static final String FOLDER = "/org/newskg/extract/";

    private final Set<String> roleNouns;
    private final Set<String> modifiers;
    private final Set<String> postpositive;
    private final Set<String> honorifics;
    private final Set<String> notRoles;
    private final Set<String> units;
    private final Set<String> offices;

    private RoleLexicon() {
        roleNouns = words("role-nouns.txt");
        modifiers = words("role-modifiers.txt");
        postpositive = words("role-postpositive.txt");
        honorifics = words("role-honorifics.txt");
        notRoles = words("role-not-roles.txt");
        units = words("role-org-units.txt");
        offices = words("role-offices.txt");
    }

    private static final RoleLexicon INSTANCE = new RoleLexicon();

    static RoleLexicon get() {
        return INSTANCE;
    }

    boolean isRoleNoun(String word) {
        return roleNouns.contains(normal(word));
    }

    boolean isModifier(String word) {
        return modifiers.contains(normal(word));
    }

    boolean isPostpositive(String word) {
        return postpositive.contains(normal(word));
    }

    boolean isHonorific(String word) {
        return honorifics.contains(normal(word));
    }

    boolean isNotRole(String word) {
        return notRoles.contains(normal(word));
    }

    /** Whether a role noun names a public office, whose holder belongs to the place the role names. */
    boolean isOffice(String word) {
        return offices.contains(normal(word));
    }

    boolean isUnit(String word) {
        return units.contains(normal(word));
    }

    /** Nationality adjectives and their countries' names, read from the gazetteer on first use. */
    private static final class Countries {
        static final Map<String, List<String>> BY_DEMONYM = load();

        private static Map<String, List<String>> load() {
            Map<String, List<String>> countries = new HashMap<>();
            Gazetteer gazetteer = Gazetteer.shared();
            for (String demonym : gazetteer.demonyms()) {
                gazetteer.countryOfDemonym(demonym).ifPresent(c -> countries.put(normal(demonym),
                        countryNames(gazetteer.names(c))));
            }
            return Map.copyOf(countries);
        }
    }

    /** A country's names, with the full stops news writes in its initials ("U.S." for "US"). */
    private static List<String> countryNames(List<String> names) {
        List<String> result = new ArrayList<>(names);
        for (String name : names) {
            if (name.matches("\\p{Lu}{2}")) {
                result.add(name.replaceAll("(\\p{Lu})", "$1."));
            }
        }
        return List.copyOf(result);
    }

    /** The names of the country of a nationality adjective ("Mexican": Mexico); empty if unknown. */
    List<String> countryNames(String adjective) {
        return Countries.BY_DEMONYM.getOrDefault(normal(adjective), List.of());
    }

    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    private static Set<String> words(String resource) {
        return lines(resource).stream().map(RoleLexicon::normal).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RoleLexicon.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("role lexicon resource missing: " + FOLDER + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> result = new ArrayList<>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(result::add);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

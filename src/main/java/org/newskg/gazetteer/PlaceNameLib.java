package org.newskg.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How place names are compared: without accents, case, a leading "the", repeated spaces or the full stops of
 * initials ("São Tomé" = "sao tome", "U.K." = "UK").
 */
public final class PlaceNameLib {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    private PlaceNameLib() {
    }

    /** The lookup key of a name. */
    public static String key(String name) {
        if (INITIALS.matcher(name).matches()) {
            return name.replace(".", "").toLowerCase(Locale.ROOT);
        }
        if (isPlain(name)) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.startsWith("the ") ? lower.substring(4) : lower;
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        folded = SPACES.matcher(folded.replace('\u2019', '\'').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** ASCII letters with single inner spaces: the common case, which needs no normalizing. */
    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean space = c == ' ' && i > 0 && i < name.length() - 1 && name.charAt(i - 1) != ' ';
            if (c >= 128 || Character.isWhitespace(c) && !space) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an adjective is formed from a place name: both share a stem of at least four letters that leaves
     * at most two letters of the name and at most four of the adjective ("Sicilian" from "Sicily", "Bavarian" from
     * "Bavaria", "Texan" from "Texas"), so no list of adjectives is needed.
     */
    public static boolean isAdjectiveOf(String adjective, String name) {
        String a = key(adjective);
        String n = key(name);
        if (a.equals(n) || a.indexOf(' ') >= 0 || n.indexOf(' ') >= 0) {
            return false;
        }
        int common = 0;
        while (common < a.length() && common < n.length() && a.charAt(common) == n.charAt(common)) {
            common++;
        }
        return common >= 4 && n.length() - common <= 2 && a.length() - common <= 4 && a.length() > common;
    }
}

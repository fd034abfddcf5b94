package org.newskg.extract.link;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.Lexicon;

/**
 * What a Wikipedia page title says its page is about, read off its disambiguator with the table the linker uses
 * ({@code link-qualifiers.txt}): {@code Larkspur_(band)} is an organization, {@code Oakdale_(town)} a place,
 * {@code Quill_(album)} a work.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageKinds {
    /** The kinds of page a disambiguator names. */
    public enum Kind { ORGANIZATION, PLACE, PERSON, WORK, OTHER }

    private final Map<String, String> qualifierKinds = Lexicon.loadTable("link-qualifiers.txt");

    /**
     * The kind the title's disambiguator names, if it names one; an organization or a place before the others, as
     * in "(TV network)" or "(band from Oakdale)".
     */
    public Optional<Kind> kind(String title) {
        return Title.parse(title).qualifierWords().stream().map(qualifierKinds::get).filter(Objects::nonNull)
                .map(kind -> Kind.valueOf(kind.toUpperCase(Locale.ROOT))).min(Enum::compareTo);
    }

    /** The name a title is about, without its disambiguator: {@code Springfield,_Illinois} gives "Springfield". */
    public static String name(String title) {
        return Title.parse(title).name();
    }

    /** The disambiguator of a title, if it has one: "Illinois" for {@code Springfield,_Illinois}. */
    public static Optional<String> qualifier(String title) {
        return Title.parse(title).qualifier();
    }

    /** Whether a name and a title's name are the same once case, accents and punctuation are folded. */
    public static boolean sameName(String name, String titleName) {
        return Title.fold(name).equals(Title.fold(titleName));
    }
}

package org.newskg.extract.link;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.wikidict.WikiEntry;

/**
 * Decides whether a dictionary entry found for one of an entity's names is that entity's page, and how sure that
 * is. The page must carry the entity's name (or be what its acronym or nickname stands for), must be of the
 * entity's kind (a person is never a company, a place or a film), and a disambiguator in its title ("(footballer)")
 * must be confirmed by the article. Immutable and thread-safe.
 */
final class LinkJudge {
    /** Below this dictionary score an entry is not linked at all. */
    static final double MIN_SCORE = 0.2;
    /** A sure link needs this score, and a name that the title carries. */
    static final double SURE_SCORE = 0.5;
    /** A nickname alone is sure only with this score. */
    static final double SURE_NICKNAME_SCORE = 0.9;
    /** A close match needs at least this confidence. */
    static final double MIN_CLOSE = 0.3;
    private static final Set<String> ORGANIZATION_SUFFIXES = Set.of("inc", "ltd", "llc", "plc", "corp",
            "corporation", "company", "co", "sa", "ag", "gmbh", "group");
    private static final Set<String> PLACE_SUFFIXES = Set.of("city");
    private static final Set<String> GENERATIONS = Set.of("junior", "jr", "senior", "sr", "ii", "iii", "iv");

    private final Map<String, String> qualifierKinds = Lexicon.loadTable("link-qualifiers.txt");
    private final Function<String, Set<EntityType>> knownPlaces;

    /** @param knownPlaces the kinds of place that the gazetteer knows by a name, empty for none */
    LinkJudge(Function<String, Set<EntityType>> knownPlaces) {
        this.knownPlaces = knownPlaces;
    }

    /** A judged entry: the name looked up, the page, how sure, and whether sure enough for sameAs. */
    record Verdict(String form, String title, double confidence, boolean sure) {
    }

    /** How the looked-up name relates to the title's name. */
    enum Match {
        EXACT(1.0), ACRONYM(0.95), CONFIRMED_ALIAS(1.0), SHORTER_TITLE(0.9), NICKNAME(0.85), LONGER_TITLE(0.6);

        final double factor;

        Match(double factor) {
            this.factor = factor;
        }

        boolean namesTheEntity() {
            return this == EXACT || this == ACRONYM || this == CONFIRMED_ALIAS || this == SHORTER_TITLE;
        }
    }

    /**
     * @param containers the names of the divisions and country the gazetteer puts a place in; empty otherwise
     */
    Optional<Verdict> judge(Entity entity, String form, WikiEntry entry, ArticleContext context,
                            List<String> containers) {
        if (entry.score() < MIN_SCORE) {
            return Optional.empty();
        }
        Title title = Title.parse(entry.title());
        if (!kindFits(entity, title) || !placeFits(entity, title, containers)) {
            return Optional.empty();
        }
        Optional<Match> match = match(entity, form, title);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        boolean qualifierNamed = match.get() == Match.EXACT && !content(entity, Title.words(form)).equals(
                content(entity, title.words()));
        boolean qualifierConfirmed = title.qualifier().isEmpty() || qualifierNamed
                || context.confirms(title.qualifierWords());
        boolean confirmed = qualifierConfirmed && !commonNoun(entity, form, title, context)
                && !namesakeGeneration(entity, title);
        double confidence = entry.score() * match.get().factor * (confirmed ? 1.0 : 0.7);
        boolean sure = confirmed && confidence >= SURE_SCORE && (match.get().namesTheEntity()
                || match.get() == Match.NICKNAME && entry.score() >= SURE_NICKNAME_SCORE);
        if (!sure && confidence < MIN_CLOSE) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(form, entry.title(), confidence, sure));
    }

    /**
     * Whether the page is about a common noun rather than the entity: a title that writes in lower case a word
     * the name capitalizes ("Interior ministry" for the Interior Ministry of one country), or an organization named
     * by one word that the article also writes in lower case ("Police" at the start of a sentence, "the police").
     */
    private static boolean commonNoun(Entity entity, String form, Title title, ArticleContext context) {
        List<String> formWords = List.of(form.split(" "));
        List<String> titleWords = List.of(title.name().split(" "));
        for (int i = 1; i < titleWords.size(); i++) {
            String word = titleWords.get(i);
            boolean lower = !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
            if (lower && formWords.stream().anyMatch(f -> f.equalsIgnoreCase(word) && !f.equals(word))) {
                return true;
            }
        }
        return entity.type().top() == EntityType.TopType.ORGANIZATION && formWords.size() == 1
                && context.writesInLowerCase(form);
    }

    /**
     * Whether the entity is called "Junior", "Jr.", "Sr." or "III" but the page's title is not: the page is then
     * likely the namesake parent's or child's.
     */
    private static boolean namesakeGeneration(Entity entity, Title title) {
        Set<String> titleWords = Title.words(title.name() + " " + title.qualifier().orElse(""));
        return entity.type().top() == EntityType.TopType.PERSON && entity.names().stream()
                .flatMap(n -> Title.words(n).stream()).filter(GENERATIONS::contains)
                .anyMatch(w -> !titleWords.contains(w));
    }

    /** The disambiguator's kind, when it names one, must be the entity's. */
    private boolean kindFits(Entity entity, Title title) {
        return qualifierKind(title).map(kind -> kind.equals(kindOf(entity))).orElse(true);
    }

    private Optional<String> qualifierKind(Title title) {
        return title.qualifierWords().stream().map(qualifierKinds::get).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static String kindOf(Entity entity) {
        return entity.type().top().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A person or organization is not the page of a place the gazetteer knows ("Washington" said of the
     * government) unless the title's disambiguator says it is of the entity's kind; a city is not the page of a
     * larger place with its name, which has the plain title, unless that place is the city's own division of the
     * same name ("Mexico City" in Mexico City; not "New York" for New York City).
     */
    private boolean placeFits(Entity entity, Title title, List<String> containers) {
        Set<EntityType> places = knownPlaces.apply(title.name());
        if (entity.type().top() != EntityType.TopType.PLACE) {
            return places.isEmpty() || qualifierKind(title).filter(kind -> kind.equals(kindOf(entity))).isPresent();
        }
        String name = Title.fold(title.name());
        boolean ownDivision = Title.fold(entity.name()).equals(name)
                && containers.stream().anyMatch(c -> Title.fold(c).equals(name));
        boolean largerNamesake = entity.type() == EntityType.CITY && title.qualifier().isEmpty() && !ownDivision
                && (places.contains(EntityType.COUNTRY) || places.contains(EntityType.FIRST_LEVEL_DIVISION));
        return !largerNamesake;
    }

    private Optional<Match> match(Entity entity, String form, Title title) {
        Set<String> formWords = content(entity, Title.words(form));
        Set<String> titleWords = content(entity, title.words());
        boolean person = entity.type().top() == EntityType.TopType.PERSON;
        if (titleWords.isEmpty() || person && titleWords.size() < 2) {
            return Optional.empty();
        }
        if (formWords.equals(titleWords) || title.qualifier().isPresent()
                && formWords.equals(content(entity, Title.words(title.name() + " " + title.qualifier().get())))) {
            return Optional.of(Match.EXACT);
        }
        if (entity.aliases().contains(form) || formWords.size() == 1 && isAcronym(form)) {
            return Optional.of(aliasMatch(entity, form, title, titleWords));
        }
        if (formWords.containsAll(titleWords) && titleWords.size() >= 2) {
            return Optional.of(Match.SHORTER_TITLE);
        }
        if (titleWords.containsAll(formWords) && formWords.size() >= 2) {
            return Optional.of(Match.LONGER_TITLE);
        }
        return Optional.empty();
    }

    private Match aliasMatch(Entity entity, String form, Title title, Set<String> titleWords) {
        if (isAcronym(form) && Title.fold(form).replace(" ", "").equals(title.initials())) {
            return Match.ACRONYM;
        }
        boolean named = entity.names().stream().map(n -> content(entity, Title.words(n)))
                .anyMatch(words -> words.size() >= 2 && words.containsAll(titleWords));
        return named ? Match.CONFIRMED_ALIAS : Match.NICKNAME;
    }

    private static boolean isAcronym(String form) {
        String letters = form.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** Words that do not tell names apart for the entity's type: "Inc" of a company, "City" of a city. */
    private static Set<String> content(Entity entity, Set<String> words) {
        Set<String> result = new HashSet<>(words);
        switch (entity.type().top()) {
            case ORGANIZATION -> result.removeAll(ORGANIZATION_SUFFIXES);
            case PLACE -> result.removeAll(PLACE_SUFFIXES);
            case PERSON -> { }
        }
        return result.isEmpty() ? words : result;
    }
}

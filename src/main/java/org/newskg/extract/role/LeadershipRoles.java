package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Leadership;
import org.newskg.extract.LeadershipStatus;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Membership;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.Negation;
import org.newskg.extract.rules.StatusCues;
import org.newskg.nlp.Span;

/**
 * Leaderships taken from the roles the {@link RoleExtractor} read ({@value #RULE}): a role whose title is a leading
 * one ({@code leadership-roles.txt}) is a leadership of its organization: "Harbor Trust director Ana Costa", "Ruiz,
 * the gang's former boss". A role whose organization is not named takes it from its title ("Senate Leader"), from a
 * possessor or complement noun ("the company's CEO", "chairman of the board": the organization last named that
 * way), or, for roles that only exist inside an organization, from the organization the sentence names. A head of
 * state's role ("President", with a country) stays an affiliation. Stateless and thread-safe.
 */
final class LeadershipRoles {
    static final String RULE = "newskg-leadership-role";

    private static final Lexicon ROLES = Lexicon.load("leadership-roles.txt");
    private static final Lexicon SUBORDINATE = Lexicon.load("leadership-subordinate.txt");
    private static final Lexicon REFERENCES = Lexicon.load("organization-references.txt");
    /**
     * Roles that exist only inside an organization (unlike a president, a speaker or a leader, which may be of a
     * country or a chamber), so an unnamed one is the one organization its sentence names.
     */
    private static final Set<String> ORGANIZATIONAL = Set.of("ceo", "chief executive", "chief executive officer",
            "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "managing director", "boss",
            "kingpin", "godfather", "principal", "rector", "dean");
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "at", "with", "in", "to");
    private static final String FORMER_PREFIX = "^(former|ex-?)\\s*";
    private static final int MAX_ROLE_WORDS_AFTER_HEAD = 1;

    private LeadershipRoles() {
    }

    /** The leadership a membership's role states, if its title leads and its organization is known. */
    static Optional<Leadership> fromRole(SentenceView view, EntityIndex entities, Membership membership) {
        Optional<String> leading = membership.role().flatMap(LeadershipRoles::leadingPart);
        if (leading.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = membership.evidence();
        List<Integer> tokens = tokensOf(view, evidence.span());
        if (tokens.isEmpty() || Negation.negated(view, tokens)) {
            return Optional.empty();
        }
        String role = membership.role().get();
        Optional<String> organization = membership.organizationKey()
                .or(() -> membership.placeKey().isPresent() ? Optional.empty()
                        : impliedOrganization(view, entities, role, leading.get(), tokens));
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> phrase = tokens.stream().filter(t -> !view.pos(t).startsWith("VB")).toList();
        int holder = tokens.stream().filter(t -> view.named(t).map(e -> e.key().equals(membership.personKey()))
                .orElse(false)).findFirst().orElse(-1);
        String lower = role.toLowerCase(Locale.ROOT);
        boolean formerTitle = lower.startsWith("former") || lower.startsWith("ex-") || lower.startsWith("ex ");
        StatusCues.Status status = formerTitle ? StatusCues.Status.FORMER : StatusCues.of(view, phrase, holder);
        int at = role.toLowerCase(Locale.ROOT).indexOf(leading.get());
        String asWritten = at >= 0 ? role.substring(at, at + leading.get().length()) : leading.get();
        Evidence named = new Evidence(evidence.sentenceIndex(), evidence.sentenceText(), evidence.span(),
                evidence.text(), RULE, Math.min(evidence.confidence(), 0.8));
        return Optional.of(new Leadership(membership.personKey(), organization.get(), Optional.of(asWritten),
                LeadershipStatus.valueOf(status.name()), named));
    }

    /**
     * The leading role among the titles a role holds ("CEO and President" gives "CEO"), lower-cased, without a
     * "former"; empty when none leads or a subordinate word ("vice") comes before it.
     */
    static Optional<String> leadingPart(String role) {
        for (String part : role.toLowerCase(Locale.ROOT).split("\\s*(?:\\band\\b|&|,|/)\\s*")) {
            String[] words = part.strip().replaceFirst(FORMER_PREFIX, "").split("\\s+");
            int complement = words.length;
            for (int i = 0; i < words.length; i++) {
                if (COMPLEMENTS.contains(words[i])) {
                    complement = i;
                    break;
                }
            }
            for (int end = complement; end > 0; end--) {
                for (int begin = 0; begin < end; begin++) {
                    String candidate = String.join(" ", Arrays.copyOfRange(words, begin, end));
                    boolean nearEnd = complement - end <= MAX_ROLE_WORDS_AFTER_HEAD
                            && (end == complement || words[end].equals("general"));
                    if (nearEnd && ROLES.contains(candidate) && !subordinate(words, begin)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean subordinate(String[] words, int headBegin) {
        for (int i = 0; i < headBegin; i++) {
            if (SUBORDINATE.contains(words[i].replace("-", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organization of a role written without one: in its title, its possessor or complement, or the sentence.
     * A title that names something the article does not know as an organization ("Corvana co-founder") borrows none.
     */
    private static Optional<String> impliedOrganization(SentenceView view, EntityIndex entities, String role,
                                                        String leading, List<Integer> tokens) {
        String lower = role.toLowerCase(Locale.ROOT);
        String beforeHead = lower.substring(0, Math.max(0, lower.indexOf(leading))).replaceFirst(FORMER_PREFIX, "")
                .strip();
        Optional<Entity> inTitle = entities.namedBefore(Integer.MAX_VALUE, TopType.ORGANIZATION).stream()
                .filter(org -> org.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n ->
                        containsWords(lower, n) || !beforeHead.isEmpty() && startsWithWords(n, beforeHead)))
                .max(Comparator.comparingInt(org -> org.name().length()));
        if (inTitle.isPresent()) {
            return inTitle.map(Entity::key);
        }
        String writtenBeforeHead = role.substring(0, Math.max(0, lower.indexOf(leading)));
        boolean namesAnother = Arrays.stream(writtenBeforeHead.split("\\s+"))
                .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                        && !w.equalsIgnoreCase("former") && !w.equalsIgnoreCase("ex"));
        int first = tokens.get(0);
        int before = first - 1;
        boolean roleFirst = view.text(first, tokens.get(tokens.size() - 1) + 1).toLowerCase(Locale.ROOT)
                .startsWith(lower);
        boolean properNounBefore = roleFirst && before >= 0 && view.pos(before).startsWith("NNP")
                && view.named(before).filter(e -> e.type().top() == TopType.ORGANIZATION).isEmpty();
        if (namesAnother || properNounBefore) {
            return Optional.empty();
        }
        Optional<Entity> described = describedOrganization(view, entities, tokens);
        if (described.isPresent()) {
            return described.map(Entity::key);
        }
        if (ORGANIZATIONAL.contains(leading)) {
            return nearestOrganizationBefore(view, first).map(Entity::key);
        }
        return Optional.empty();
    }

    /** "the company's CEO", "chairman of the board": the organization last named with that noun, else last named. */
    private static Optional<Entity> describedOrganization(SentenceView view, EntityIndex entities,
                                                          List<Integer> tokens) {
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        for (int i = Math.max(0, first - 4); i <= Math.min(view.size() - 1, last + 4); i++) {
            boolean possessor = view.head(i, "nmod:poss").isPresent();
            boolean complement = view.head(i, "nmod:of").isPresent() && i > first;
            boolean common = view.pos(i).equals("NN") && view.named(i).isEmpty() && REFERENCES.contains(view.lower(i));
            if ((possessor || complement) && common && view.children(i).stream()
                    .anyMatch(d -> d.relation().equals("det") && view.lower(d.dependent()).equals("the"))) {
                String noun = view.lower(i);
                List<Entity> named = entities.namedBefore(view.token(i).span().begin(), TopType.ORGANIZATION);
                Optional<Entity> byNoun = named.stream().filter(o -> o.names().stream()
                        .anyMatch(n -> containsWords(n.toLowerCase(Locale.ROOT), noun))).findFirst();
                Optional<Entity> corefed = view.corefOrganization(i, i + 1);
                return byNoun.or(() -> corefed).or(() -> named.stream().findFirst());
            }
        }
        return Optional.empty();
    }

    /** The organization named nearest before the token in its sentence, else the only one named after it. */
    private static Optional<Entity> nearestOrganizationBefore(SentenceView view, int token) {
        for (int i = token - 1; i >= 0; i--) {
            Optional<Entity> org = view.named(i).filter(e -> e.type().top() == TopType.ORGANIZATION);
            if (org.isPresent()) {
                return org;
            }
        }
        List<Entity> after = new ArrayList<>();
        for (int i = token; i < view.size(); i++) {
            view.named(i).filter(e -> e.type().top() == TopType.ORGANIZATION).filter(e -> !after.contains(e))
                    .ifPresent(after::add);
        }
        return after.size() == 1 ? Optional.of(after.get(0)) : Optional.empty();
    }

    private static List<Integer> tokensOf(SentenceView view, Span span) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            Span token = view.token(i).span();
            if (token.begin() >= span.begin() && token.end() <= span.end()) {
                inside.add(i);
            }
        }
        return inside;
    }

    private static boolean startsWithWords(String text, String words) {
        return (text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")
                .startsWith(words.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }

    private static boolean containsWords(String text, String words) {
        return (" " + text.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .contains(" " + words.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }
}

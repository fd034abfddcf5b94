package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.extract.Found;
import org.newskg.extract.Output;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Sentence;

/**
 * Resolves the people, organizations and places of an article, each to one {@link Entity} with all its mentions:
 * its names, and the pronouns and descriptions that coreference ties to exactly one of them.
 *
 * <p>Stateless after construction and thread-safe.
 */
public final class EntityExtractor implements FactExtractor, ArticleExtractor {
    static final String COREF = "corenlp-coref";
    private static final double COREF_CONFIDENCE = 0.6;
    static final String SURNAME_SCAN = "newskg-surname";
    private static final double SURNAME_SCAN_CONFIDENCE = 0.7;
    private static final String ORGANIZATION_SCAN = "newskg-organization-name-scan";

    private final CandidateFinder finder;
    private final EntityResolver resolver = new EntityResolver();
    private final List<String> criminalWords = org.newskg.extract.Lexicon.loadTable("organization-criminal.txt")
            .keySet().stream().toList();

    /** Names from NER and the rules alone. */
    public EntityExtractor() {
        finder = new CandidateFinder(java.util.Optional.empty());
    }

    /**
     * Also names NER missed that the Wikipedia dictionary knows ({@link DictionaryNames}), typed with the help of the
     * gazetteer's places.
     */
    public EntityExtractor(org.newskg.wikidict.WikiDictionary dictionary,
                           java.util.function.Function<String, List<org.newskg.gazetteer.GeoPlace>> places) {
        finder = new CandidateFinder(java.util.Optional.of(new DictionaryNames(dictionary, places, new TypeCues())));
    }

    @Override
    public Facts extract(AnnotatedArticle article) {
        long start = System.nanoTime();
        List<Candidate> candidates = finder.find(article);
        Map<Long, Integer> chainByToken = chainIndex(article.chains());
        List<Cluster> clusters = resolver.resolve(candidates,
                c -> chainOf(chainByToken, c));
        addUntaggedSurnames(article, clusters, candidates);
        addUntaggedOrganizationNames(article, clusters, candidates);
        List<Entity> entities = new ArrayList<>();
        PronounAntecedents antecedents = new PronounAntecedents(article, clusters);
        for (Cluster cluster : clusters) {
            entities.add(toEntity(article, cluster, chainByToken, candidates, antecedents));
        }
        return Facts.ofEntities(article.article(), entities, article.nlpMillis(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Entity toEntity(AnnotatedArticle article, Cluster cluster, Map<Long, Integer> chainByToken,
                            List<Candidate> allNames, PronounAntecedents antecedents) {
        EntityType named = MetonymyLib.demoteMetonymicState(cluster.type(), cluster.members(), article.sentences());
        String name = cluster.canonicalName();
        EntityType type = named == EntityType.ORGANIZATION && cluster.names().stream().anyMatch(this::namesCriminal)
                ? EntityType.CRIMINAL_ORGANIZATION : named;
        List<Evidence> mentions = new ArrayList<>();
        for (Candidate member : cluster.members()) {
            mentions.add(evidence(article.sentences().get(member.sentenceIndex()), member));
        }
        mentions.addAll(corefMentions(article, cluster, chainByToken, allNames, antecedents));
        mentions.sort(java.util.Comparator.comparingInt(e -> e.span().begin()));
        return new Entity(key(type, name, article), type, name, cluster.names(), List.copyOf(cluster.aliases()),
                mentions);
    }

    /**
     * Pronouns and descriptions in a chain whose names all belong to this entity; a description that contains
     * another entity's name ("the dean of the House") is left out.
     */
    private static List<Evidence> corefMentions(AnnotatedArticle article, Cluster cluster,
                                                Map<Long, Integer> chainByToken, List<Candidate> allNames,
                                                PronounAntecedents antecedents) {
        Set<Integer> chains = new HashSet<>();
        for (Candidate member : cluster.members()) {
            int chain = chainOf(chainByToken, member);
            if (chain >= 0) {
                chains.add(chain);
            }
        }
        List<Evidence> result = new ArrayList<>();
        for (int chainIndex : chains) {
            CorefChain chain = article.chains().get(chainIndex);
            boolean onlyThisEntity = chain.mentions().stream().filter(m -> m.kind() == CorefMention.Kind.PROPER)
                    .allMatch(m -> cluster.members().stream().anyMatch(c -> c.sentenceIndex() == m.sentenceIndex()
                            && c.tokenBegin() < m.tokenEnd() && m.tokenBegin() < c.tokenEnd()));
            for (CorefMention mention : chain.mentions()) {
                if (!onlyThisEntity && !(mention.kind() == CorefMention.Kind.PRONOMINAL
                        && antecedents.owns(chain, mention, cluster))) {
                    continue;
                }
                boolean namesOther = allNames.stream().anyMatch(c -> !cluster.members().contains(c)
                        && c.sentenceIndex() == mention.sentenceIndex() && c.tokenBegin() < mention.tokenEnd()
                        && mention.tokenBegin() < c.tokenEnd());
                boolean ownName = cluster.members().stream().anyMatch(c -> c.sentenceIndex() == mention.sentenceIndex()
                        && c.tokenBegin() < mention.tokenEnd() && mention.tokenBegin() < c.tokenEnd());
                if (mention.kind() == CorefMention.Kind.PRONOMINAL && antecedents.agrees(cluster, mention)
                        || mention.kind() == CorefMention.Kind.NOMINAL && !namesOther && !ownName) {
                    Sentence sentence = article.sentences().get(mention.sentenceIndex());
                    result.add(new Evidence(sentence.index(), sentence.text(), mention.span(),
                            mention.span().of(article.body()), COREF, COREF_CONFIDENCE));
                }
            }
        }
        return result;
    }

    private static Evidence evidence(Sentence sentence, Candidate candidate) {
        return new Evidence(sentence.index(), sentence.text(), candidate.span(), candidate.text(),
                candidate.extractor(), candidate.confidence());
    }

    /**
     * NER misses some surnames used alone ("Case said"): a proper noun equal to the surname of exactly one person
     * the article names in full, and not part of a longer name, is a mention of that person.
     */
    private static void addUntaggedSurnames(AnnotatedArticle article, List<Cluster> clusters,
                                            List<Candidate> candidates) {
        Map<String, List<Cluster>> bySurname = new HashMap<>();
        for (Cluster cluster : clusters) {
            List<String> words = NameLib.words(cluster.canonicalName());
            if (cluster.type() == EntityType.PERSON && words.size() >= 2) {
                bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(cluster);
            }
        }
        for (Sentence sentence : article.sentences()) {
            List<org.newskg.nlp.Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                org.newskg.nlp.Token token = tokens.get(i);
                List<Cluster> owners = bySurname.getOrDefault(NameLib.key(token.word()), List.of());
                if (owners.size() != 1 || !token.pos().startsWith("NN") || !NameLib.isCapitalized(token.word())
                        || partOfLongerName(tokens, i) || covered(candidates, sentence.index(), i)) {
                    continue;
                }
                Candidate surname = new Candidate(sentence.index(), i, i + 1, token.span(), token.word(),
                        token.word(), EntityType.PERSON, SURNAME_SCAN_CONFIDENCE, SURNAME_SCAN, java.util.Optional.empty());
                owners.get(0).add(surname);
                candidates.add(surname);
            }
        }
    }

    /**
     * NER tags an organization's name in one sentence and misses it in the next ("Brightline said ...", then
     * "founded Brightline in 1986"): a one-word proper noun spelled exactly like an organization the article names
     * with one word is a mention of it, unless it is part of a longer name.
     */
    private static void addUntaggedOrganizationNames(AnnotatedArticle article, List<Cluster> clusters,
                                                     List<Candidate> candidates) {
        Map<String, List<Cluster>> byName = new HashMap<>();
        for (Cluster cluster : clusters) {
            if (cluster.type().top() == EntityType.TopType.ORGANIZATION) {
                for (String name : cluster.names()) {
                    if (NameLib.words(name).size() == 1 && name.length() > 2) {
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(cluster);
                    }
                }
            }
        }
        for (Sentence sentence : article.sentences()) {
            List<org.newskg.nlp.Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                org.newskg.nlp.Token token = tokens.get(i);
                List<Cluster> owners = byName.getOrDefault(token.word(), List.of());
                if (owners.size() != 1 || !token.isProperNoun() || partOfLongerName(tokens, i)
                        || covered(candidates, sentence.index(), i)) {
                    continue;
                }
                Candidate name = new Candidate(sentence.index(), i, i + 1, token.span(), token.word(),
                        token.word(), owners.get(0).type(), SURNAME_SCAN_CONFIDENCE, ORGANIZATION_SCAN,
                        java.util.Optional.empty());
                owners.get(0).add(name);
                candidates.add(name);
            }
        }
    }

    private static boolean partOfLongerName(List<org.newskg.nlp.Token> tokens, int i) {
        boolean before = i > 0 && tokens.get(i - 1).isProperNoun() && NameLib.isCapitalized(tokens.get(i - 1).word());
        boolean after = i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()
                && NameLib.isCapitalized(tokens.get(i + 1).word());
        return before || after;
    }

    private static boolean covered(List<Candidate> candidates, int sentence, int token) {
        return candidates.stream().anyMatch(c -> c.sentenceIndex() == sentence && c.tokenBegin() <= token
                && token < c.tokenEnd());
    }

    /** A single given name or surname is ambiguous beyond its article, so it is keyed to the article. */
    /** Whether an organization's name says it is a criminal one: "Tijuana Cartel", "the Gambino crime family". */
    private boolean namesCriminal(String name) {
        String words = " " + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        return criminalWords.stream().anyMatch(w -> words.contains(" " + w + " "));
    }

    private static String key(EntityType type, String name, AnnotatedArticle article) {
        String slug = NameLib.slug(name);
        if (type == EntityType.PERSON && NameLib.words(name).size() < 2) {
            return type.top().name().toLowerCase(java.util.Locale.ROOT) + "/" + slug + "-" + article.article().id();
        }
        return type.top().name().toLowerCase(java.util.Locale.ROOT) + "/" + slug;
    }

    private static Map<Long, Integer> chainIndex(List<CorefChain> chains) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < chains.size(); i++) {
            for (CorefMention mention : chains.get(i).mentions()) {
                index.putIfAbsent(tokenKey(mention.sentenceIndex(), mention.headIndex()), i);
            }
        }
        return index;
    }

    /** The chain of a mention headed inside the candidate, or -1. */
    private static int chainOf(Map<Long, Integer> chainByToken, Candidate candidate) {
        for (int t = candidate.tokenEnd() - 1; t >= candidate.tokenBegin(); t--) {
            Integer chain = chainByToken.get(tokenKey(candidate.sentenceIndex(), t));
            if (chain != null) {
                return chain;
            }
        }
        return -1;
    }

    private static long tokenKey(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Output> requires() {
        return Set.of();
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.ENTITIES);
    }

    @Override
    public Found run(ExtractionContext context) {
        return context.found().withEntities(extract(context.article()).entities());
    }
}

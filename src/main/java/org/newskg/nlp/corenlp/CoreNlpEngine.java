package org.newskg.nlp.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Mention;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.NlpException;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * {@link NlpEngine} on Stanford CoreNLP. Builds one {@link StanfordCoreNLP} pipeline when created and converts each
 * CoreNLP document into an {@link AnnotatedArticle} at once, so no CoreNLP type leaves this package.
 *
 * <p>Thread-safe: {@link #annotate} may be called from several threads sharing one engine.
 */
public final class CoreNlpEngine implements NlpEngine {
    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private CoreNlpEngine(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    public static CoreNlpEngine load(CoreNlpSettings settings) {
        long start = System.nanoTime();
        try {
            StanfordCoreNLP pipeline = ConcurrentAnnotatorLoader.load(settings.toProperties(),
                    Runtime.getRuntime().availableProcessors());
            return new CoreNlpEngine(pipeline, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new NlpException("could not load the CoreNLP models: " + e.getMessage()
                    + ". Check that the models jars are on the classpath and the heap is at least 4 GB.", e);
        }
    }

    @Override
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        long start = System.nanoTime();
        Annotation annotation = CoreNlpRun.annotate(pipeline, article, "CoreNLP");
        CoreDocument document = new CoreDocument(annotation);
        List<Sentence> sentences = sentences(document);
        return new AnnotatedArticle(article, sentences, mentions(document), chains(annotation),
                times(annotation), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Sentence> sentences(CoreDocument document) {
        List<Sentence> result = new ArrayList<>();
        List<CoreSentence> coreSentences = document.sentences();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreSentence sentence = coreSentences.get(i);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.tokens()) {
                tokens.add(new Token(label.index() - 1, label.originalText(), orEmpty(label.lemma()),
                        orEmpty(label.tag()), label.ner() == null ? "O" : label.ner(),
                        new Span(label.beginPosition(), label.endPosition())));
            }
            Span span = new Span(sentence.charOffsets().first(), sentence.charOffsets().second());
            result.add(new Sentence(i, span, sentence.text(), tokens, dependencies(sentence.dependencyParse())));
        }
        return result;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> result = new ArrayList<>();
        graph.getRoots().forEach(root -> result.add(new Dependency("root", Dependency.ROOT, root.index() - 1)));
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            result.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
                    edge.getDependent().index() - 1));
        }
        return result;
    }

    private static List<Mention> mentions(CoreDocument document) {
        List<Mention> result = new ArrayList<>();
        List<CoreEntityMention> entityMentions = document.entityMentions();
        if (entityMentions == null) {
            return result;
        }
        for (CoreEntityMention mention : entityMentions) {
            Optional<MentionType> type = MentionType.fromNerTag(mention.entityType());
            if (type.isEmpty()) {
                continue;
            }
            List<CoreLabel> tokens = mention.tokens();
            CoreLabel first = tokens.get(0);
            CoreLabel last = tokens.get(tokens.size() - 1);
            Map<String, Double> confidences = mention.entityTypeConfidences();
            double confidence = confidences == null ? 1.0
                    : confidences.getOrDefault(mention.entityType(), 1.0);
            result.add(new Mention(first.sentIndex(), first.index() - 1, last.index(),
                    new Span(first.beginPosition(), last.endPosition()), mention.text(), type.get(),
                    Math.max(0.0, Math.min(1.0, confidence))));
        }
        return result;
    }

    private static List<CorefChain> chains(Annotation annotation) {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coreChains =
                annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (coreChains == null) {
            return List.of();
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CorefChain> result = new ArrayList<>();
        for (edu.stanford.nlp.coref.data.CorefChain chain : coreChains.values()) {
            List<CorefMention> mentions = new ArrayList<>();
            int representative = 0;
            for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
                CoreLabel first = tokens.get(m.startIndex - 1);
                CoreLabel last = tokens.get(m.endIndex - 2);
                if (m == chain.getRepresentativeMention()) {
                    representative = mentions.size();
                }
                mentions.add(new CorefMention(m.sentNum - 1, m.startIndex - 1, m.endIndex - 1, m.headIndex - 1,
                        new Span(first.beginPosition(), last.endPosition()), m.mentionSpan, kind(m.mentionType)));
            }
            result.add(new CorefChain(mentions, representative));
        }
        return result;
    }

    private static CorefMention.Kind kind(Dictionaries.MentionType type) {
        return switch (type) {
            case PROPER -> CorefMention.Kind.PROPER;
            case NOMINAL -> CorefMention.Kind.NOMINAL;
            case PRONOMINAL -> CorefMention.Kind.PRONOMINAL;
            case LIST -> CorefMention.Kind.LIST;
        };
    }

    private static List<TimeExpression> times(Annotation annotation) {
        List<TimeExpression> result = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreMap> mentions = sentences.get(i).get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap mention : mentions) {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null || timex.value() == null) {
                    continue;
                }
                int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                result.add(new TimeExpression(i, new Span(begin, end),
                        mention.get(CoreAnnotations.TextAnnotation.class), timex.timexType(), timex.value()));
            }
        }
        return result;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

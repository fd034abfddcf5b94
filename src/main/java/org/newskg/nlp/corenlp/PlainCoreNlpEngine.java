package org.newskg.nlp.corenlp;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newskg.article.Article;
import org.newskg.nlp.NlpException;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainAnnotation.PlainEntity;
import org.newskg.nlp.PlainAnnotation.PlainQuote;
import org.newskg.nlp.PlainAnnotation.PlainRelation;
import org.newskg.nlp.PlainNlpEngine;

/**
 * Stanford CoreNLP's default full pipeline ({@value #ANNOTATORS}) with CoreNLP's own defaults for every other
 * property: the baseline newskg is measured against. It needs about 6 GB of heap (the {@code entitylink} Wikipedia
 * dictionary alone is 20 million entries) and loads in about a minute.
 *
 * <p>Loading first clears CoreNLP's global annotator cache, so no annotator that newskg's own engine built is reused
 * and the load time is the plain pipeline's own. One thread at a time.
 */
public final class PlainCoreNlpEngine implements PlainNlpEngine {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote,kbp,entitylink";

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private PlainCoreNlpEngine(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    public static PlainCoreNlpEngine load() {
        StanfordCoreNLP.clearAnnotatorPool();
        long start = System.nanoTime();
        try {
            StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
            return new PlainCoreNlpEngine(pipeline, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new NlpException("could not load CoreNLP's full pipeline (" + ANNOTATORS + "): " + e
                    + ". It needs the models and models-english-kbp jars and about 6 GB of heap "
                    + "(./newskg gives it 7g with G1; or java -Xmx7g -XX:+UseG1GC).", e);
        }
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        return props;
    }

    @Override
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public String describe() {
        return "CoreNLP 4.5.10 " + ANNOTATORS + ", CoreNLP's defaults otherwise";
    }

    @Override
    public PlainAnnotation annotate(Article article) {
        long start = System.nanoTime();
        Annotation annotation = CoreNlpRun.annotate(pipeline, article, "CoreNLP's full pipeline");
        CoreDocument document = new CoreDocument(annotation);
        return new PlainAnnotation(article.id(), entities(document), quotes(document), relations(document),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static List<PlainEntity> entities(CoreDocument document) {
        List<PlainEntity> result = new ArrayList<>();
        List<CoreEntityMention> mentions = document.entityMentions();
        if (mentions == null) {
            return result;
        }
        for (CoreEntityMention mention : mentions) {
            boolean pronoun = mention.tokens().stream().allMatch(PlainCoreNlpEngine::isPronoun);
            result.add(new PlainEntity(mention.text(), mention.entityType() == null ? "O" : mention.entityType(),
                    pronoun));
        }
        return result;
    }

    private static boolean isPronoun(CoreLabel token) {
        String tag = token.tag();
        return tag != null && (tag.equals("PRP") || tag.equals("PRP$") || tag.equals("WP") || tag.equals("WP$"));
    }

    private static List<PlainQuote> quotes(CoreDocument document) {
        List<PlainQuote> result = new ArrayList<>();
        List<CoreQuote> quotes = document.quotes();
        if (quotes == null) {
            return result;
        }
        for (CoreQuote quote : quotes) {
            Optional<String> speaker = quote.canonicalSpeaker().or(quote::speaker);
            result.add(new PlainQuote(withoutOuterMarks(quote.text()), speaker));
        }
        return result;
    }

    /** The text without the quotation marks (straight, curly, guillemets, backticks) around it. */
    static String withoutOuterMarks(String text) {
        return text.replaceAll("^[\\s\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB]+|[\\s\"'`\u201C\u201D\u2018\u2019"
                + "\u00AB\u00BB]+$", "");
    }

    private static List<PlainRelation> relations(CoreDocument document) {
        List<PlainRelation> result = new ArrayList<>();
        for (CoreSentence sentence : document.sentences()) {
            List<RelationTriple> triples = sentence.relations();
            if (triples == null) {
                continue;
            }
            for (RelationTriple triple : triples) {
                result.add(new PlainRelation(triple.subjectGloss(), triple.relationGloss(), triple.objectGloss(),
                        Math.max(0.0, Math.min(1.0, triple.confidence))));
            }
        }
        return result;
    }
}

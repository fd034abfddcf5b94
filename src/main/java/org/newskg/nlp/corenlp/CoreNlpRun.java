package org.newskg.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.newskg.article.Article;
import org.newskg.nlp.NlpException;

/** Runs a CoreNLP pipeline over one article, with the publication date as SUTime's reference date. */
final class CoreNlpRun {
    private CoreNlpRun() {
    }

    /**
     * The article's annotation.
     *
     * @param pipelineName how an error message names the pipeline, e.g. {@code "CoreNLP"}
     * @throws NlpException naming the article when CoreNLP fails
     */
    static Annotation annotate(StanfordCoreNLP pipeline, Article article, String pipelineName) {
        Annotation annotation = new Annotation(article.body());
        article.published().ifPresent(p -> annotation.set(CoreAnnotations.DocDateAnnotation.class,
                p.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)));
        try {
            pipeline.annotate(annotation);
        } catch (RuntimeException e) {
            throw new NlpException(article.source() + ": " + pipelineName + " failed: " + e, e);
        }
        return annotation;
    }
}

package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Found;
import org.newskg.extract.Output;
import org.newskg.extract.Quotation;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;

/**
 * Direct quotations and their speakers. A quotation is attributed by the nearest speech verb outside quoted text in
 * its sentences ({@code "...," X said}, {@code X said: "..."}, {@code said X}, {@code X told Y},
 * {@code according to X}); a quotation with no speech verb of its own continues the last attribution before it, as
 * a paragraph that is only a quotation does in news writing. Nicknames, scare quotes and titles are not quotations.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor implements ArticleExtractor {
    static final String EXTRACTOR = "newskg-quote";
    private static final int MIN_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 6;
    private static final int MAIN_CLAUSE_DEPTH = 1;
    private static final java.util.Set<String> TITLE_FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of",
            "to", "in", "on", "for", "and", "or", "at", "by", "with", "from");
    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("\\s*(\\p{Lu}[\\p{L}.'’ -]{1,60}?)\\s*:\\s*");

    private final QuoteFinder finder = new QuoteFinder();

    public List<Quotation> extract(AnnotatedArticle article, EntityIndex entities) {
        String body = article.body();
        List<QuoteSpan> marked = finder.find(body);
        IntPredicate quoted = offset -> marked.stream().anyMatch(q -> q.contains(offset));
        SpeakerFinder speakers = new SpeakerFinder(article, entities, quoted);
        List<Attribution> reported = reportedSpeech(article, speakers);
        List<Attributed> attributed = new ArrayList<>();
        for (QuoteSpan quote : marked) {
            boolean inASentence = article.sentences().stream().anyMatch(s -> s.span().overlaps(quote.outer()));
            if (inASentence && isQuotation(quote, body, entities)) {
                attributed.add(new Attributed(quote, attribution(article, quote, speakers, reported)));
            }
        }
        return merge(article, attributed);
    }

    /**
     * The main speech verb of each sentence outside quotations (the root, or a clause right under it), with the speaker it gives, in text order. A speech
     * verb inside what another says ("X said even if Y does write") is not an attribution of its own.
     */
    private static List<Attribution> reportedSpeech(AnnotatedArticle article, SpeakerFinder speakers) {
        List<Attribution> result = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> speakers.speechVerbs(sentence).stream()
                    .filter(verb -> speakers.depth(sentence, verb) <= MAIN_CLAUSE_DEPTH)
                    .min(Comparator.comparingInt((Integer verb) -> speakers.depth(sentence, verb)))
                    .ifPresent(verb -> result.add(speakers.attribute(sentence, verb, Optional.empty(),
                            List.copyOf(result)))));
        }
        return result;
    }

    private static boolean isQuotation(QuoteSpan quote, String body, EntityIndex entities) {
        String text = quote.text(body);
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS) {
            return false;
        }
        boolean titleCase = words.length <= MAX_TITLE_WORDS && java.util.Arrays.stream(words)
                .allMatch(w -> w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))
                        || TITLE_FUNCTION_WORDS.contains(w));
        return !titleCase;
    }

    private static Attribution attribution(AnnotatedArticle article, QuoteSpan quote, SpeakerFinder speakers,
                                           List<Attribution> reported) {
        Optional<Attribution> own = article.sentences().stream()
                .filter(s -> s.span().overlaps(quote.outer()))
                .flatMap(s -> speakers.speechVerbs(s).stream().map(v -> speakers.attribute(s, v,
                        Optional.of(quote.outer()), reported.stream()
                                .filter(a -> a.verbOffset() < s.span().begin()).toList())))
                .min(Comparator.comparingInt(a -> distance(a.verbOffset(), quote.outer())));
        if (own.isPresent() && own.get().speaker().isPresent()) {
            return own.get();
        }
        Optional<Attribution> labelled = colonLabel(article, quote, speakers);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        Optional<Attribution> before = reported.stream()
                .filter(a -> a.speaker().isPresent() && a.verbOffset() < quote.outer().begin())
                .reduce((first, second) -> second);
        if (before.isPresent()) {
            Attribution last = before.get();
            String rule = quote.standalone() ? "continuation" : "reported-speech-context";
            return new Attribution(last.speaker(), last.verb(), -1, sentenceOf(article, quote), Optional.empty(),
                    Optional.empty(), rule, quote.standalone() ? 0.65 : 0.5);
        }
        return own.orElse(new Attribution(Optional.empty(), Optional.empty(), -1, sentenceOf(article, quote),
                Optional.empty(), Optional.empty(), "unattributed", 0.2));
    }

    /** {@code Interior Ministry: "..."}: a name and a colon before the quotation, with nothing else. */
    private static Optional<Attribution> colonLabel(AnnotatedArticle article, QuoteSpan quote,
                                                    SpeakerFinder speakers) {
        String body = article.body();
        int open = quote.outer().begin();
        int lineStart = Math.max(body.lastIndexOf('\n', open - 1) + 1, 0);
        String before = body.substring(lineStart, open);
        java.util.regex.Matcher label = LABEL.matcher(before);
        if (!label.matches()) {
            return Optional.empty();
        }
        Span name = new Span(lineStart + label.start(1), lineStart + label.end(1));
        return speakers.speakerNamed(name).map(speaker -> new Attribution(Optional.of(speaker), Optional.empty(),
                -1, sentenceOf(article, quote), Optional.empty(), Optional.empty(), "colon-label", 0.75));
    }

    /** "...," she said, "..." is one quotation: consecutive quotations sharing one speech verb are joined. */
    private static List<Quotation> merge(AnnotatedArticle article, List<Attributed> attributed) {
        List<Quotation> result = new ArrayList<>();
        int i = 0;
        while (i < attributed.size()) {
            Attributed first = attributed.get(i);
            List<QuoteSpan> parts = new ArrayList<>(List.of(first.quote()));
            int j = i + 1;
            int verb = first.attribution().verbOffset();
            while (j < attributed.size() && verb >= 0 && attributed.get(j).attribution().verbOffset() == verb
                    && parts.get(parts.size() - 1).text(article.body()).endsWith(",")
                    && parts.get(parts.size() - 1).outer().end() <= verb
                    && verb < attributed.get(j).quote().outer().begin()) {
                parts.add(attributed.get(j).quote());
                j++;
            }
            result.add(quotation(article, parts, first.attribution()));
            i = j;
        }
        return result;
    }

    private static Quotation quotation(AnnotatedArticle article, List<QuoteSpan> parts, Attribution attribution) {
        String body = article.body();
        StringBuilder text = new StringBuilder();
        for (QuoteSpan part : parts) {
            if (text.length() > 0) {
                text.append(" ... ");
            }
            text.append(part.text(body));
        }
        Span span = new Span(parts.get(0).outer().begin(), parts.get(parts.size() - 1).outer().end());
        Sentence sentence = article.sentences().get(attribution.sentenceIndex());
        Evidence evidence = new Evidence(sentence.index(), sentence.text(), span, span.of(body),
                EXTRACTOR + "/" + attribution.rule(), attribution.confidence());
        return new Quotation(text.toString(), span, attribution.speaker().map(Entity::key), attribution.verb(),
                attribution.audience(), attribution.date(), evidence);
    }

    private static int sentenceOf(AnnotatedArticle article, QuoteSpan quote) {
        return article.sentences().stream().filter(s -> s.span().overlaps(quote.outer())).findFirst()
                .map(Sentence::index).orElse(0);
    }

    private static int distance(int offset, Span span) {
        if (offset < span.begin()) {
            return span.begin() - offset;
        }
        return offset >= span.end() ? offset - span.end() : 0;
    }

    private record Attributed(QuoteSpan quote, Attribution attribution) {
    }

    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.QUOTATIONS);
    }

    @Override
    public Found run(ExtractionContext context) {
        return context.found().withQuotations(extract(context.article(), context.index()));
    }
}

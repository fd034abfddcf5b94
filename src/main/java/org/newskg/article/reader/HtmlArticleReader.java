package org.newskg.article.reader;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.ReadOptions;

/**
 * Reads a saved web page as one article, with jsoup.
 *
 * <ul>
 *   <li>title: {@code og:title} meta, else {@code <title>}, else the first {@code <h1>};</li>
 *   <li>published: the first readable date of {@code article:published_time}, {@code og:published_time},
 *       {@code itemprop=datePublished}, {@code date}, {@code dc.date}, {@code dcterms.date}, {@code pubdate} and
 *       {@code <time datetime>}; else {@link ReadOptions#published()}; dates in other forms or outside the
 *       years {@link DateLib} supports are ignored;</li>
 *   <li>url: {@code <link rel=canonical>}, else {@code og:url}, when it is an absolute IRI ({@link IriLib});
 *       author: {@code author}, else
 *       {@code article:author};</li>
 *   <li>body: the text of the {@code <p>} elements in the {@code <article>} (the one with the most text, if there are
 *       several), else {@code <main>}, else {@code <body>}, leaving out {@code nav}, {@code header}, {@code footer},
 *       {@code aside}, {@code script}, {@code style}, {@code form}, {@code noscript} and {@code template}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {
    private static final String NOISE = "nav, header, footer, aside, script, style, form, noscript, template";
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datePublished", "date", "dc.date", "dcterms.date", "pubdate");

    @Override
    public ArticleFormat format() {
        return ArticleFormat.HTML;
    }

    @Override
    public void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                     Consumer<ArticleProblem> problems) {
        Utf8Text.readFile(file, problems).ifPresent(html -> readPage(Jsoup.parse(html, ""), file.toString(),
                sourceName, options.published(), Optional.empty(), articles, problems));
    }

    /**
     * Reads one parsed page as an article, as a page file is read; for pages that come from elsewhere, such as the
     * records of a web archive.
     *
     * @param location   where the page is, for problems, e.g. {@code crawl.warc.gz [offset 1234]}
     * @param sourceName the article's {@link Article#source()}
     * @param published  the publication time when the page gives none
     * @param address    the article's URL, in place of the page's own, when present (an absolute IRI)
     */
    public static void readPage(Document doc, String location, String sourceName,
                                Optional<OffsetDateTime> published, Optional<String> address,
                                Consumer<Article> articles, Consumer<ArticleProblem> problems) {
        String source = location;
        Optional<String> title = titleOf(doc);
        if (title.isEmpty()) {
            problems.accept(ArticleProblem.of(source, "no title: the page has no og:title meta, <title> or <h1>",
                    "Add a <title> to the page."));
            return;
        }
        String body = bodyOf(doc);
        if (body.isEmpty()) {
            problems.accept(ArticleProblem.of(source, "no article text: no <p> paragraphs in <article>, <main> or "
                    + "<body>", "Check that the page holds the article itself, with its text in <p> elements."));
            return;
        }
        Optional<String> url = address.or(() -> attr(doc, "link[rel=canonical]", "href")
                .or(() -> meta(doc, "og:url")).flatMap(HtmlArticleReader::iri));
        Optional<String> author = meta(doc, "author").or(() -> meta(doc, "article:author"));
        articles.accept(Article.of(title.get(), publishedOf(doc).or(() -> published), author, url, body,
                sourceName));
    }

    private static Optional<String> titleOf(Document doc) {
        return meta(doc, "og:title").or(() -> TextLib.nonBlank(doc.title()))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).flatMap(h1 -> TextLib.nonBlank(h1.text())))
                .map(TextLib::oneLine);
    }

    private static String bodyOf(Document doc) {
        List<Element> candidates = doc.select("article").stream().map(HtmlArticleReader::withoutNoise).toList();
        if (candidates.isEmpty()) {
            Element main = doc.selectFirst("main");
            candidates = List.of(withoutNoise(main != null ? main : doc.body()));
        }
        return candidates.stream().map(HtmlArticleReader::paragraphs)
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    private static Element withoutNoise(Element root) {
        Element copy = root.clone();
        copy.select(NOISE).remove();
        return copy;
    }

    private static String paragraphs(Element root) {
        return TextLib.joinParagraphs(root.select("p").stream().map(Element::text));
    }

    private static Optional<OffsetDateTime> publishedOf(Document doc) {
        for (String key : DATE_META) {
            for (Element element : doc.select(metaQuery(key) + ", [itemprop=\"" + key + "\"]")) {
                String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
                Optional<OffsetDateTime> date = DateLib.parse(value).filter(DateLib::isSupported);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<OffsetDateTime> date = DateLib.parse(time.attr("datetime")).filter(DateLib::isSupported);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The page's own address as an IRI; a relative or broken one is left out, as a page's other metadata is. */
    private static Optional<String> iri(String address) {
        try {
            return Optional.of(IriLib.toIri(address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(Document doc, String key) {
        return attr(doc, metaQuery(key), "content");
    }

    private static String metaQuery(String key) {
        return "meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]";
    }

    private static Optional<String> attr(Document doc, String query, String attribute) {
        return doc.select(query).stream().map(e -> e.attr(attribute)).filter(v -> !v.isBlank()).findFirst()
                .map(String::strip);
    }
}

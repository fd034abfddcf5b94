package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newskg.linkeddata.ResourceKind;
import org.newskg.rdf.NKG;

/**
 * The HTML pages of the static site, built as jsoup documents: every label and literal goes in through
 * {@link Element#text(String)} or an attribute, which jsoup escapes, and embedded JSON-LD has every {@code <}
 * written as {@code \u003c}, so no text from the graph can open a tag.
 */
final class HtmlPages {
    private static final String CSS = "body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;"
            + "padding:0 1em;color:#222}a{color:#05c}h1{margin-bottom:.2em}.iri,.meta{color:#666;font-size:.9em}"
            + "table{border-collapse:collapse}td,th{padding:.2em .6em;vertical-align:top;text-align:left}"
            + "th{font-weight:600;color:#555}blockquote{margin:.3em 0 .3em 1em;padding-left:.8em;"
            + "border-left:3px solid #ccc}.evidence{color:#555;font-style:italic}li{margin:.3em 0}";
    private static final Node TYPE = RDF.type.asNode();
    private static final List<Node> HIDDEN = List.of(TYPE, RDFS.label.asNode(), NKG.mention.asNode(),
            NKG.evidence.asNode(), NKG.participation.asNode());
    private static final List<Node> OTHER_STATEMENTS = List.of(NKG.Leadership.asNode(), NKG.Membership.asNode(),
            NKG.FamilyTie.asNode(), NKG.Containment.asNode());

    private final Linker linker;
    private final String siteTitle;

    HtmlPages(Linker linker, String siteTitle) {
        this.linker = linker;
        this.siteTitle = siteTitle;
    }

    /** The page of a resource from its description; {@code jsonLd} is embedded when present. */
    String resource(Node resource, Graph description, Optional<String> jsonLd, String home) {
        GraphView view = new GraphView(description);
        Document doc = page(view.label(resource), home);
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(view.label(resource));
        Element iri = main.appendElement("p").addClass("iri");
        iri.appendElement("code").text(resource.getURI());
        String file = GraphView.localName(resource);
        for (String ext : List.of("ttl", "jsonld", "rdf")) {
            iri.appendText(" ");
            iri.appendElement("a").attr("href", file + "." + ext).attr("rel", "alternate").text(ext);
        }
        List<Node> types = view.objects(resource, TYPE);
        if (!types.isEmpty()) {
            main.appendElement("p").addClass("meta").text(String.join(", ", types.stream()
                    .map(GraphView::localName).toList()));
        }
        if (is(view, resource, NKG.Article.asNode())) {
            articleLine(main, view, resource);
        }
        facts(main, view, resource);
        List<Node> statements = statements(view, resource);
        quotations(main, view, statements);
        events(main, view, statements);
        otherStatements(main, view, statements);
        linkedFrom(main, view, resource);
        jsonLd.ifPresent(json -> doc.head().appendElement("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(json.replace("<", "\\u003c"))));
        return doc.outerHtml();
    }

    /** An index page: a heading and links. */
    String index(String title, Map<String, String> hrefsByLabel, String home) {
        Document doc = page(title, home);
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(title);
        main.appendElement("p").addClass("meta").text(hrefsByLabel.size() + " entries");
        Element list = main.appendElement("ul");
        hrefsByLabel.forEach((label, href) -> list.appendElement("li").appendElement("a").attr("href", href)
                .text(label));
        return doc.outerHtml();
    }

    /** The home page: the index pages and the dataset's files. */
    String home(Map<ResourceKind, Integer> counts, Map<String, String> files) {
        Document doc = page(siteTitle, null);
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(siteTitle);
        Element list = main.appendElement("ul");
        counts.forEach((kind, n) -> {
            Element li = list.appendElement("li");
            li.appendElement("a").attr("href", kind.indexName() + ".html").text(kind.title());
            li.appendText(" (" + n + ")");
        });
        Element downloads = main.appendElement("ul");
        files.forEach((label, href) -> downloads.appendElement("li").appendElement("a").attr("href", href)
                .text(label));
        return doc.outerHtml();
    }

    private Document page(String title, String home) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("http-equiv", PagePolicy.CSP_HEADER)
                .attr("content", PagePolicy.PAGE_META);
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        doc.title(title);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        if (home != null) {
            doc.body().appendElement("nav").appendElement("a").attr("href", home).text(siteTitle);
        }
        return doc;
    }

    /** Published date, author and a link to the source, under an article's title. */
    private static void articleLine(Element main, GraphView view, Node article) {
        Element line = main.appendElement("p");
        line.appendText(view.string(article, "published").map(d -> "Published " + d).orElse("Undated"));
        view.string(article, "author").ifPresent(a -> line.appendText(" by " + a));
        view.object(article, NKG.sourceUrl.asNode()).filter(u -> u.isURI() && isWeb(u.getURI())).ifPresent(url -> {
            line.appendText(" · ");
            line.appendElement("a").attr("href", url.getURI()).text("source");
        });
    }

    private void facts(Element main, GraphView view, Node resource) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        view.graph().find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!HIDDEN.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(GraphView.localName(t.getPredicate()), k -> new ArrayList<>())
                        .add(t.getObject());
            }
        });
        if (byProperty.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Facts");
        Element table = main.appendElement("table");
        byProperty.forEach((property, values) -> {
            Element row = table.appendElement("tr");
            row.appendElement("th").text(property);
            Element cell = row.appendElement("td");
            values.stream().sorted(Comparator.comparing(view::label)).forEach(v -> {
                if (cell.childNodeSize() > 0) {
                    cell.appendText(", ");
                }
                value(cell, view, v);
            });
        });
    }

    private static List<Node> statements(GraphView view, Node resource) {
        return view.graph().find(Node.ANY, TYPE, Node.ANY).mapWith(t -> t.getSubject())
                .filterDrop(resource::equals).toSet().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private void quotations(Element main, GraphView view, List<Node> statements) {
        List<Node> quotes = statements.stream().filter(s -> is(view, s, NKG.Quotation.asNode())).toList();
        if (quotes.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Quotations");
        for (Node quote : quotes) {
            Element div = main.appendElement("div");
            div.appendElement("blockquote").text(view.string(quote, "text").orElse(""));
            Element meta = div.appendElement("p").addClass("meta");
            meta.appendText("— ");
            view.object(quote, NKG.speaker.asNode()).ifPresent(s -> value(meta, view, s));
            view.string(quote, "speechVerb").ifPresent(v -> meta.appendText(" (" + v + ")"));
            view.string(quote, "speechDate").ifPresent(d -> meta.appendText(", " + d));
            view.object(quote, NKG.quotedIn.asNode()).ifPresent(a -> {
                meta.appendText(", in ");
                value(meta, view, a);
            });
            meta.appendText(" ");
            meta.appendElement("a").attr("href", href(quote)).text("[statement]");
            evidence(div, view, quote);
        }
    }

    private void events(Element main, GraphView view, List<Node> statements) {
        List<Node> events = statements.stream().filter(s -> is(view, s, NKG.Event.asNode()))
                .sorted(Comparator.comparing((Node e) -> view.string(e, "date").orElse("9999"))).toList();
        if (events.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Events");
        Element list = main.appendElement("ul");
        for (Node event : events) {
            Element li = list.appendElement("li");
            li.appendElement("strong").text(view.string(event, "date").orElse("undated"));
            li.appendText(" ");
            value(li, view, event);
            view.object(event, NKG.eventType.asNode()).ifPresent(t -> li.appendText(" (" + view.label(t) + ")"));
            for (Node part : view.objects(event, NKG.participation.asNode())) {
                li.appendText("; ");
                view.object(part, NKG.participantRole.asNode()).ifPresent(r -> li.appendText(view.label(r) + ": "));
                Optional<Node> who = view.object(part, NKG.participant.asNode());
                if (who.isPresent()) {
                    value(li, view, who.get());
                } else {
                    li.appendText(view.string(part, "participantDescription").orElse("?"));
                }
            }
        }
    }

    private void otherStatements(Element main, GraphView view, List<Node> statements) {
        List<Node> others = statements.stream().filter(s -> OTHER_STATEMENTS.stream().anyMatch(t -> is(view, s, t)))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Roles, leadership, family and places");
        Element list = main.appendElement("ul");
        for (Node statement : others) {
            Element li = list.appendElement("li");
            li.appendElement("a").attr("href", href(statement)).text(view.objects(statement, TYPE).stream()
                    .map(GraphView::localName).findFirst().orElse("Statement"));
            view.graph().find(statement, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (!HIDDEN.contains(t.getPredicate())) {
                    li.appendText("; " + GraphView.localName(t.getPredicate()) + ": ");
                    value(li, view, t.getObject());
                }
            });
            evidence(li, view, statement);
        }
    }

    private void linkedFrom(Element main, GraphView view, Node resource) {
        Map<String, Node> links = new TreeMap<>();
        view.graph().find(Node.ANY, Node.ANY, resource).forEachRemaining(t -> {
            Node subject = t.getSubject();
            if (!view.graph().contains(subject, TYPE, Node.ANY) || is(view, subject, NKG.Entity.asNode())) {
                links.put(view.label(subject) + " " + subject, subject);
            }
        });
        if (links.isEmpty()) {
            return;
        }
        main.appendElement("h2").text(is(view, resource, NKG.Article.asNode()) ? "Named in this article"
                : "Linked from");
        Element list = main.appendElement("ul");
        links.forEach((key, subject) -> value(list.appendElement("li"), view, subject));
    }

    private void evidence(Element parent, GraphView view, Node statement) {
        for (Node evidence : view.objects(statement, NKG.evidence.asNode())) {
            view.string(evidence, "sentenceText").ifPresent(s -> parent.appendElement("p").addClass("evidence")
                    .text("“" + s + "”"));
        }
    }

    private void value(Element parent, GraphView view, Node value) {
        Optional<String> href = value.isURI() ? linker.href(value.getURI()).or(() -> Optional.of(value.getURI())
                .filter(HtmlPages::isWeb)) : Optional.empty();
        if (href.isPresent()) {
            parent.appendElement("a").attr("href", href.get()).text(view.label(value));
        } else {
            parent.appendText(view.label(value));
        }
    }

    private String href(Node node) {
        return linker.href(node.getURI()).orElse(node.getURI());
    }

    /** Only http(s) IRIs become links; anything else (javascript:, data:) is shown as text. */
    private static boolean isWeb(String iri) {
        return iri.startsWith("https://") || iri.startsWith("http://");
    }

    private static boolean is(GraphView view, Node node, Node type) {
        return view.graph().contains(node, TYPE, type);
    }
}

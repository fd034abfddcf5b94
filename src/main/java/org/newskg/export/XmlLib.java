package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX helpers shared by the XML exporters: the writer escapes every text and attribute value. */
final class XmlLib {
    /** The JDK's own writer, whatever StAX provider the classpath registers (Spark's Hadoop client brings one). */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final Pattern INVALID = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlLib() {
    }

    /** An XML body written through a StAX writer. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** Writes a UTF-8 document; the stream stays open. */
    static void document(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** The text without the characters XML 1.0 cannot carry (control characters other than tab and newlines). */
    static String clean(String text) {
        return INVALID.matcher(text).replaceAll("\uFFFD");
    }

    static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** A number as XML Schema writes it: no exponent for ordinary values, a dot for decimals. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }

    /** A list as one text value: the items joined by "; ". */
    static String joined(List<String> items) {
        return String.join("; ", items);
    }

    /** A node's facts as one text value: "property: value" joined by "; ". */
    static String facts(VizNode node) {
        return node.facts().stream().map(f -> f.property() + ": " + f.value()).collect(Collectors.joining("; "));
    }

    /** A node's quotations as one text value, each in double quotes, joined by " ". */
    static String quotes(VizNode node) {
        return node.quotes().stream().map(q -> "\u201c" + q.text() + "\u201d").collect(Collectors.joining(" "));
    }
}

package org.newskg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.linkeddata.IriRewriter;

/**
 * The dumps, streamed quad by quad (or triple by triple) from the dataset through Jena's streaming writers; nothing
 * is collected in memory. Call inside a read transaction.
 */
final class DumpWriter {
    private DumpWriter() {
    }

    /** Every article graph as gzipped N-Quads, IRIs rewritten. */
    static void nquads(DatasetGraph dataset, IriRewriter rewriter, Path file) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF stream = rewriter.rewriting(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
            stream.start();
            dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            stream.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The union of the article graphs as Turtle (blocks per subject, with prefixes), IRIs rewritten. */
    static void turtle(DatasetGraph dataset, IriRewriter rewriter, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF stream = rewriter.rewriting(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            stream.start();
            RioLib.PREFIXES.forEach(stream::prefix);
            stream.prefix("id", rewriter.storedBase() + "id/");
            dataset.getUnionGraph().find().forEachRemaining(stream::triple);
            stream.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

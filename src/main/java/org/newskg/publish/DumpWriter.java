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
 * The dumps, streamed quad by quad (or triple by triple) from the dataset through Jena's streaming writers, to a
 * file or straight to a stream (a server's response); nothing is collected in memory. Call inside a read
 * transaction.
 */
final class DumpWriter {
    private static final int BUFFER = 1 << 16;

    private DumpWriter() {
    }

    /** Every article graph as gzipped N-Quads, IRIs rewritten, into a file. */
    static void nquads(DatasetGraph dataset, IriRewriter rewriter, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            nquads(dataset, rewriter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article graph as gzipped N-Quads, IRIs rewritten, onto the stream, which is left open. */
    static void nquads(DatasetGraph dataset, IriRewriter rewriter, OutputStream out) {
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER);
            StreamRDF stream = rewriter.rewriting(StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS));
            stream.start();
            dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            stream.finish();
            gzip.finish();
            gzip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The union of the article graphs as Turtle, IRIs rewritten, into a file. */
    static void turtle(DatasetGraph dataset, IriRewriter rewriter, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            turtle(dataset, rewriter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The union of the article graphs as Turtle (blocks per subject, with prefixes), IRIs rewritten, onto the
     * stream, which is left open.
     */
    static void turtle(DatasetGraph dataset, IriRewriter rewriter, OutputStream out) {
        try {
            BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
            StreamRDF stream = rewriter.rewriting(StreamRDFWriter.getWriterStream(buffered,
                    RDFFormat.TURTLE_BLOCKS));
            stream.start();
            RioLib.PREFIXES.forEach(stream::prefix);
            stream.prefix("id", rewriter.storedBase() + "id/");
            dataset.getUnionGraph().find().forEachRemaining(stream::triple);
            stream.finish();
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

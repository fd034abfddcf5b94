package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** {@link KnowledgeStore} on a TDB2 database directory. */
public final class Tdb2KnowledgeStore implements KnowledgeStore {
    private final Path directory;
    private final Dataset dataset;

    private Tdb2KnowledgeStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens the database at the directory, creating it if it does not exist. */
    public static Tdb2KnowledgeStore open(Path directory) {
        checkUsable(directory);
        try {
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2KnowledgeStore(directory, dataset);
        } catch (RuntimeException e) {
            checkNotHeld(directory);
            throw new StoreException(directory + ": cannot open the database: " + e.getMessage()
                    + ". Check the path or choose another with --db.", e);
        }
    }

    /**
     * Opens an existing database that a server in this JVM serves too, leaving the context of the dataset they share
     * as the server set it: reads through this store see the union of the articles through a wrapper with its own
     * context. For the server's own writer; not for {@link #bulkLoad}.
     */
    public static Tdb2KnowledgeStore openServed(Path directory) {
        if (!isDatabase(directory)) {
            throw new StoreException(directory + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        }
        DatasetGraph shared = TDB2Factory.connectDataset(directory.toString()).asDatasetGraph();
        org.apache.jena.sparql.util.Context context = shared.getContext().copy();
        context.set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2KnowledgeStore(directory,
                org.apache.jena.query.DatasetFactory.wrap(new org.apache.jena.sparql.core.DatasetGraphWrapper(shared,
                        context)));
    }

    /**
     * Fails at once, with a {@link StoreException} saying why and what to do, when the database at the directory
     * could not be opened for writing: no database can be created there, or another process holds it (a server:
     * with its endpoint). Cheap, so commands call it before slow work such as loading the NLP models.
     */
    public static void checkUsable(Path directory) {
        checkWritable(directory);
        checkNotHeld(directory);
    }

    private static void checkNotHeld(Path directory) {
        long self = ProcessHandle.current().pid();
        Optional<ServerRecord> server = ServerRecord.read(directory).filter(record -> record.pid() != self);
        if (server.isPresent()) {
            String endpoint = server.get().endpoint();
            throw new StoreException(directory + ": the database is in use by 'newskg serve' (process "
                    + server.get().pid() + ") at " + endpoint + ". Stop that server, or query it there (curl "
                    + endpoint + " --data-urlencode 'query=SELECT ...'), or choose another --db.");
        }
        TdbLock.holder(directory).filter(pid -> pid != self).ifPresent(pid -> {
            throw new StoreException(directory + ": the database is in use by " + (pid < 0 ? "another process"
                    : "process " + pid) + " (another newskg command or a server). Wait for it to finish or stop it, "
                    + "or choose another --db.");
        });
    }

    /** Opens an existing database for reading; fails if there is none. */
    public static Tdb2KnowledgeStore openExisting(Path directory) {
        if (!isDatabase(directory)) {
            throw new StoreException(directory + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        }
        return open(directory);
    }

    /**
     * The database for a command that only reads: the database itself, or, while a running {@code newskg serve}
     * holds it, a copy of what that server serves, fetched from it (the server is named on {@code notes}).
     */
    public static Tdb2KnowledgeStore openForReading(Path directory, java.util.function.Consumer<String> notes) {
        Optional<ServerRecord> server = servedBy(directory);
        if (server.isPresent()) {
            notes.accept("newskg: note: " + directory + " is served by 'newskg serve' (process " + server.get().pid()
                    + ") at " + server.get().endpoint() + "; reading the articles it serves now.");
            return new Tdb2KnowledgeStore(directory, ServedCopy.fetch(server.get()));
        }
        return openExisting(directory);
    }

    /** The running {@code newskg serve} of another process that holds the database in this folder, if one does. */
    public static Optional<ServerRecord> servedBy(Path directory) {
        return ServerRecord.other(directory).filter(server -> isDatabase(directory));
    }

    public static boolean isDatabase(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var entries = Files.list(directory)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Fails with a {@link StoreException} saying why when no database can be created at the directory (its nearest
     * existing ancestor is a file or is not writable). Creates nothing.
     */
    public static void checkWritable(Path directory) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            String why = existing != null && !Files.isDirectory(existing) ? "'" + existing + "' is a file"
                    : "it is not writable";
            throw new StoreException(directory + ": cannot create the database here: " + why
                    + ". Choose a writable directory with --db.");
        }
        if (!Files.exists(directory)) {
            tryCreating(directory.toAbsolutePath(), existing);
        }
    }

    /** Creates the missing folders down to {@code directory} and removes them again, to find out whether it can. */
    private static void tryCreating(Path directory, Path existing) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException(directory + ": cannot create the database here: " + e.getMessage()
                    + ". Choose a writable directory with --db.", e);
        } finally {
            for (Path made = directory; made != null && !made.equals(existing); made = made.getParent()) {
                try {
                    Files.deleteIfExists(made);
                } catch (java.io.IOException e) {
                    break;
                }
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * The base IRI the database was built with: as recorded by {@link #claimBase}, else (for a database built before
     * newskg recorded it) read off an article graph's name, {@code BASE id/article/ID}.
     */
    public Optional<String> base() {
        return StoreBase.read(directory).or(this::baseOfArticles);
    }

    /**
     * Records the base IRI of a database built afresh, or checks that the database's base is the same.
     *
     * @throws StoreException naming both bases when the database was built with another base
     */
    public void claimBase(String base) {
        StoreBase.claim(directory, base, baseOfArticles());
    }

    /**
     * The base IRI of the database in {@code directory} whose dataset {@code dataset} is already open (as a server
     * opens it): as recorded, else read off an article graph's name. Reads the dataset in a read transaction.
     */
    public static Optional<String> base(Path directory, DatasetGraph dataset) {
        return StoreBase.read(directory).or(() -> Txn.calculateRead(dataset, () -> baseOfArticles(dataset)));
    }

    private Optional<String> baseOfArticles() {
        return read(ds -> baseOfArticles(ds.asDatasetGraph()));
    }

    private static Optional<String> baseOfArticles(DatasetGraph dataset) {
        var graphs = dataset.listGraphNodes();
        while (graphs.hasNext()) {
            Node graph = graphs.next();
            int cut = graph.isURI() ? graph.getURI().lastIndexOf("id/article/") : -1;
            if (cut > 0) {
                return Optional.of(graph.getURI().substring(0, cut));
            }
        }
        return Optional.empty();
    }

    @Override
    public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Node graph = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            removeWholeGraph(dsg, graph);
            writer.accept(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!graph.equals(quad.getGraph())) {
                        throw new StoreException("quad outside graph " + graphIri + ": " + quad);
                    }
                    dsg.add(quad);
                }
            });
            return dsg.getGraph(graph).size();
        });
    }

    /**
     * Removes every quad of the graph. Not {@code deleteAny}: that deletes each quad found by its nodes, and TDB2 gives
     * back a decimal such as {@code "0.850"} as {@code "0.85"}, which it does not find again, so the quad would stay
     * (see {@code Tdb2DecimalDeleteTest}). {@code removeGraph} deletes by TDB2's node ids.
     */
    private static void removeWholeGraph(DatasetGraph dsg, Node graph) {
        dsg.removeGraph(graph);
    }

    /**
     * Deletes these named graphs, in one transaction.
     *
     * @return how many of them held quads
     */
    public long deleteGraphs(Collection<Node> graphs) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long deleted = 0;
            for (Node graph : graphs) {
                if (dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY)) {
                    removeWholeGraph(dsg, graph);
                    deleted++;
                }
            }
            return deleted;
        });
    }

    /**
     * Adds the quads of RDF files with TDB2's phased bulk loader (as {@code tdb2.tdbloader} does), outside any
     * transaction of this store.
     *
     * @return the quads loaded
     */
    public long bulkLoad(List<Path> files) {
        DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (format, args) -> { });
        loader.startBulk();
        try {
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException(directory + ": the bulk load failed: " + e.getMessage() + ".", e);
        }
        return loader.countQuads();
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    @Override
    public long quadCount() {
        return read(ds -> {
            long count = 0;
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                count++;
            }
            return count;
        });
    }

    @Override
    public long graphCount() {
        return read(ds -> {
            long count = 0;
            var it = ds.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                it.next();
                count++;
            }
            return count;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}

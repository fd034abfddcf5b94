package org.newskg.serve;

import java.net.URI;
import java.util.Locale;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Keeps SPARQL Update from reading anything on behalf of a client of the served dataset: no {@code LOAD} from files,
 * and no {@code LOAD} from URLs or {@code SERVICE} in an update's {@code WHERE} unless allowed.
 *
 * <p>Jena's update engine runs {@code LOAD <iri>} with {@code RDFDataMgr}, whose stream manager opens {@code file:}
 * IRIs, plain paths and class-path resources as readily as {@code http:} ones, so an editor could read the server's
 * files into the store (or learn from the error whether a file exists). This engine factory is registered with
 * Jena's {@link UpdateEngineRegistry} and takes over every update on a dataset whose context carries
 * {@link #POLICY}: its {@code LOAD} refuses, before anything is opened, any source but {@code http:} and
 * {@code https:} IRIs, and those too unless the policy is {@link Policy#HTTP}. A refusal, and a {@code SERVICE}
 * that the context does not allow, is a {@link Refused}, which Fuseki answers with 400, its message and one log line
 * (where a {@code SERVICE} refusal would otherwise be a 500 with a stack trace); the update is aborted as a whole.
 * The refusal is the same whatever the source names, so it tells nothing about the server's files or network.
 * Updates on other datasets are left to the engines registered before. Thread-safe.
 */
final class UpdateGuard {
    /** The context setting: a {@link Policy}. */
    static final Symbol POLICY = Symbol.create("https://w3id.org/newskg/serve#loadPolicy");

    /** What {@code LOAD} may read. */
    enum Policy {
        /** Nothing: every {@code LOAD} is refused. */
        NONE,
        /** {@code http:} and {@code https:} IRIs, fetched by the server. */
        HTTP
    }

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return policy(dataset, context) != null;
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding inputBinding, Context context) {
            return new GuardedEngine(dataset, inputBinding, context, policy(dataset, context));
        }
    };

    private static boolean registered;

    private UpdateGuard() {
    }

    /** Registers the guard with Jena once; later calls do nothing. */
    static synchronized void register() {
        if (!registered) {
            UpdateEngineRegistry.addFactory(FACTORY);
            registered = true;
        }
    }

    /** The policy of the request's context, else of the dataset's own, else null (not a served dataset). */
    private static Policy policy(DatasetGraph dataset, Context context) {
        Object policy = context != null && context.isDefined(POLICY) ? context.get(POLICY)
                : dataset.getContext() == null ? null : dataset.getContext().get(POLICY);
        return policy instanceof Policy p ? p : null;
    }

    /** Whether a {@code LOAD} of {@code source} may go ahead under {@code policy}. */
    static boolean allows(Policy policy, String source) {
        if (policy != Policy.HTTP || source == null) {
            return false;
        }
        try {
            String scheme = URI.create(source).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
                    || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (IllegalArgumentException notAnIri) {
            return false;
        }
    }

    /**
     * An update the server refuses to run. A {@link QueryBuildException} because that is what Fuseki's update
     * endpoint answers with 400 and the message; any other exception from inside an update becomes a 500.
     */
    static final class Refused extends QueryBuildException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static final class GuardedEngine extends UpdateEngineMain {
        private final Policy policy;

        GuardedEngine(DatasetGraph dataset, Binding inputBinding, Context context, Policy policy) {
            super(dataset, inputBinding, context);
            this.policy = policy;
        }

        @Override
        protected UpdateVisitor prepareWorker() {
            return new UpdateEngineWorker(datasetGraph, inputBinding, context) {
                @Override
                public void visit(UpdateLoad update) {
                    if (!allows(policy, update.getSource())) {
                        throw new Refused(policy == Policy.HTTP
                                ? "LOAD: only http(s) sources may be loaded on this server."
                                : "LOAD: this server does not load from files or URLs. Send the data in an "
                                        + "INSERT DATA or with the Graph Store Protocol.");
                    }
                    super.visit(update);
                }

                @Override
                public void visit(UpdateModify update) {
                    try {
                        super.visit(update);
                    } catch (QueryDeniedException serviceOff) {
                        throw new Refused("SERVICE: this server does not send queries to other endpoints.");
                    }
                }
            };
        }
    }
}

package org.newskg.cli;

import org.newskg.article.ArticleException;
import org.newskg.eval.EvaluationException;
import org.newskg.store.StoreException;

/** The exit codes of every command, in one place. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int INVALID_INPUT = 2;
    static final int SKIPPED = 3;
    static final int NOT_CONFORMING = 4;

    private ExitCodes() {
    }

    static int forException(Throwable exception) {
        if (exception instanceof ArticleException || exception instanceof StoreException
                || exception instanceof EvaluationException || exception instanceof UserInputException
                || exception instanceof org.newskg.sys.QueryRunner.QuerySyntaxException
                || exception instanceof org.newskg.serve.ServeException
                || exception instanceof org.newskg.push.PushException
                || exception instanceof org.newskg.publish.PublishException
                || exception instanceof org.newskg.export.ExportException) {
            return INVALID_INPUT;
        }
        return INTERNAL;
    }
}

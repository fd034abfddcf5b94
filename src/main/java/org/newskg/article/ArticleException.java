package org.newskg.article;

import java.util.Objects;
import org.newskg.sys.NewsKgException;

/** Thrown when an article problem is to stop the run (for example with {@code --fail-fast}). */
public class ArticleException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    private final transient ArticleProblem problem;

    public ArticleException(ArticleProblem problem) {
        super(Objects.requireNonNull(problem, "problem").message());
        this.problem = problem;
    }

    public ArticleException(ArticleProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").message(), cause);
        this.problem = problem;
    }

    /** The problem, with its source, line and hint as separate fields. */
    public ArticleProblem problem() {
        return problem;
    }
}

package org.newskg.cli;

import picocli.CommandLine.Command;

/** The top-level {@code newskg} command. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turns news articles into a knowledge graph: people, organizations, places, quotations and "
                + "relations, each with the sentence it came from.", ""},
        subcommands = {IngestCommand.class, QueryCommand.class, ServeCommand.class, PushCommand.class,
                ValidateCommand.class, PublishCommand.class, ExportCommand.class, EvaluateCommand.class,
                DemoCommand.class, LoadCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Start with 'newskg demo', or 'newskg ingest data/articles' then 'newskg serve'.",
                "Every command but evaluate takes --db DIR (default ./newskg-db); every command takes --verbose."})
public final class NewsKgCommand implements Runnable {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.newskg.cli;

import org.newskg.sys.Models;
import picocli.CommandLine;

/** Makes the commands that load NLP models with {@code models}, and every other command as picocli does. */
record CommandFactory(Models models) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object command;
        if (type == IngestCommand.class) {
            command = new IngestCommand(models);
        } else if (type == EvaluateCommand.class) {
            command = new EvaluateCommand(models);
        } else if (type == BenchCommand.class) {
            command = new BenchCommand(models);
        } else if (type == ServeCommand.class) {
            command = new ServeCommand(models);
        } else if (type == DemoCommand.class) {
            command = new DemoCommand(models);
        } else {
            return CommandLine.defaultFactory().create(type);
        }
        return type.cast(command);
    }
}

package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * The job's output folder, on any file system Spark writes to (Hadoop's {@link FileSystem}: local, HDFS, S3):
 * {@code part-NNNNN.nq} files of N-Quads and {@code _summary.json}.
 */
final class NQuadsOutput {
    static final String SUMMARY = "_summary.json";

    private final FileSystem fileSystem;
    private final Path folder;

    private NQuadsOutput(FileSystem fileSystem, Path folder) {
        this.fileSystem = fileSystem;
        this.folder = folder;
    }

    static NQuadsOutput at(SparkSession spark, String folder) {
        Path path = new Path(folder);
        try {
            return new NQuadsOutput(path.getFileSystem(spark.sparkContext().hadoopConfiguration()), path);
        } catch (IOException | IllegalArgumentException e) {
            throw new SparkJobException(folder + ": cannot write output here: " + e.getMessage()
                    + ". Check the output path.", e);
        }
    }

    /** Fails when the folder exists, before any work is done: a job never mixes its output with another's. */
    void checkAbsent() {
        try {
            if (fileSystem.exists(folder)) {
                throw new SparkJobException(folder + ": the output folder exists. Choose another --out or delete "
                        + "it.", null);
            }
        } catch (IOException e) {
            throw new SparkJobException(folder + ": cannot check the output folder: " + e.getMessage() + ".", e);
        }
    }

    /** Writes each article's N-Quads, one partition per file, and names the files {@code part-NNNNN.nq}. */
    void writeGraphs(JavaRDD<String> graphs) {
        graphs.saveAsTextFile(folder.toString());
        try {
            for (FileStatus part : fileSystem.listStatus(folder, path -> path.getName().startsWith("part-"))) {
                Path from = part.getPath();
                if (!fileSystem.rename(from, new Path(folder, from.getName() + ".nq"))) {
                    throw new IOException("could not rename " + from);
                }
            }
        } catch (IOException e) {
            throw new SparkJobException(folder + ": cannot name the N-Quads files: " + e.getMessage() + ".", e);
        }
    }

    void writeSummary(JobSummary summary) {
        try (OutputStream out = fileSystem.create(new Path(folder, SUMMARY), false)) {
            out.write(summary.toJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SparkJobException(folder + ": cannot write " + SUMMARY + ": " + e.getMessage() + ".", e);
        }
    }
}

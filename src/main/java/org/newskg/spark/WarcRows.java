package org.newskg.spark;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newskg.article.Article;
import org.newskg.article.WarcInput;
import scala.Tuple2;

/**
 * WARC web archives as records of the job's input: one row per HTML page with the JSON Lines fields, read by the
 * same {@link WarcInput} as {@code newskg ingest}, or a row with the problem of a bad WARC record. Each file is
 * read by one task, one record at a time as the task pulls rows, from any file system Hadoop reads; a bad record is
 * passed over by seeking to the next record start. The row's order is the record's byte offset.
 */
final class WarcRows {
    private static final StructType SCHEMA = new StructType()
            .add("title", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add(ArticleTask.SOURCE_COLUMN, DataTypes.StringType).add(ArticleTask.ORDER_COLUMN, DataTypes.LongType)
            .add(ArticleTask.PROBLEM_COLUMN, DataTypes.StringType);

    private WarcRows() {
    }

    /** The rows of the WARC files among these paths (files, folders or globs); other files are left out. */
    static Dataset<Row> read(SparkSession spark, List<String> inputs) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows;
        try {
            rows = context.binaryFiles(String.join(",", inputs))
                    .filter(file -> JobSettings.InputFormat.of(new Path(file._1()).getName())
                            == JobSettings.InputFormat.WARC)
                    .flatMap(new FileRows());
        } catch (RuntimeException e) {
            throw new SparkJobException("cannot read " + String.join(", ", inputs) + " as WARC: "
                    + SparkIngestJob.firstLine(e.getMessage()) + ". Check the paths.", e);
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The rows of one file, made as they are pulled. */
    private static final class FileRows implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
            Path path = new Path(file._1());
            FileSystem fileSystem = path.getFileSystem(file._2().getConfiguration());
            WarcInput.Records records = WarcInput.read(file._1(), path.getName(), offset -> {
                FSDataInputStream in = fileSystem.open(path);
                in.seek(offset);
                return in;
            });
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    WarcInput.Item item = records.next();
                    if (item.article().isEmpty()) {
                        return RowFactory.create(null, null, null, null, null, file._1(), item.offset(),
                                item.problem().orElseThrow().message());
                    }
                    Article article = item.article().get();
                    return RowFactory.create(article.title(), article.body(),
                            article.published().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null),
                            article.url().orElse(null), article.author().orElse(null), file._1(), item.offset(),
                            null);
                }
            };
        }
    }
}

package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.IriMinter;

class JobSettingsTest {

    @Test
    void eachInputIsReadInTheFormatItsNameSaysUnlessOneIsGivenForAll() {
        JobSettings byName = settings(Optional.empty());
        assertThat(byName.formatOf("s3a://news/2024/crawl-00001.warc.gz")).isEqualTo(JobSettings.InputFormat.WARC);
        assertThat(byName.formatOf("hdfs:///news/*.WARC")).isEqualTo(JobSettings.InputFormat.WARC);
        assertThat(byName.formatOf("feed.parquet/")).isEqualTo(JobSettings.InputFormat.PARQUET);
        assertThat(byName.formatOf("feed.jsonl")).isEqualTo(JobSettings.InputFormat.JSON);
        assertThat(byName.formatOf("archive.tar.gz")).isEqualTo(JobSettings.InputFormat.JSON);

        JobSettings forAll = settings(Optional.of(JobSettings.InputFormat.WARC));
        assertThat(forAll.formatOf("crawls/")).isEqualTo(JobSettings.InputFormat.WARC);
        assertThat(forAll.formatOf("feed.jsonl")).isEqualTo(JobSettings.InputFormat.WARC);
    }

    private static JobSettings settings(Optional<JobSettings.InputFormat> format) {
        return new JobSettings(List.of("in"), format, "out", IriMinter.DEFAULT_BASE, Optional.empty(),
                Optional.empty());
    }
}

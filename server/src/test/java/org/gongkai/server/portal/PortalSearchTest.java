package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's search index in the data directory: one left by an earlier release in another layout is rebuilt. */
class PortalSearchTest {

    @Test
    void anIndexOfAnEarlierLayoutIsRemovedAndItsHighWaterMarkWithIt(@TempDir Path dataDir) throws Exception {
        Path directory = Files.createDirectories(dataDir.resolve("search-index"));
        try (IndexWriter old = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField("key", "old", Field.Store.YES));
            old.addDocument(d);
        }
        Files.writeString(dataDir.resolve("search-index.indexed-up-to"), "12345");

        try (PortalSearch search = new PortalSearch(dataDir.toString())) {
            assertThat(search.search("old")).isEmpty();
            assertThat(dataDir.resolve("search-index.indexed-up-to")).doesNotExist();
        }
    }
}

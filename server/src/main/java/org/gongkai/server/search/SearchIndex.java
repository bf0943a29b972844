package org.gongkai.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The portal's search as a Lucene index: one Lucene document per findable item (部门, 项目, 科目 row) of each
 * published department-year, replaced whole when that department-year is published again.
 *
 * <p>What is found is what the portal's scan found:
 * <ul>
 * <li>Any query: the department whose code equals it (ignoring case), and departments and projects whose name
 *     contains it. Case-insensitive throughout (lower case, root locale); the query is stripped of outer spaces.</li>
 * <li>A query of 3–7 digits is a code: also 科目 rows whose code equals it.</li>
 * <li>Any other query of two or more characters: also 科目 rows (with a code) whose name, the text after the code,
 *     contains it.</li>
 * <li>A single character finds names by a wildcard on a keyword field holding the first {@value #KEYWORD_CHARS}
 *     characters of each department and project name; never 科目 rows, too broad.</li>
 * </ul>
 * "Contains" is exact: the text is indexed as the overlapping pairs of its characters, every character (Han, Latin,
 * digit, space) alike, and a query is the phrase of its own pairs, which occurs in a text exactly when the query is
 * a substring of it. This is what {@code CJKAnalyzer} does within a run of Han characters, extended across scripts:
 * CJKAnalyzer keeps Latin and digit runs as whole words and emits a lone Han character as itself, so it misses
 * "2024年" in "2024年老旧小区改造" and "pp" in "appp", where a substring scan finds them.
 *
 * <p>Results are ordered 部门, 项目, 科目; within a kind by year, newest first, then department name (in code point
 * order), department code and the item's place in its document; the limit is applied after ordering.
 *
 * <p>Queries are built term by term, never parsed, so no input is syntax. Thread-safe: writes are serialised, each
 * made visible to the next search before it returns (a bulk load, a removal and {@link #commit()} also write it to disk);
 * searches run concurrently with writes.
 */
public final class SearchIndex implements AutoCloseable {

    /** The characters of a name kept in the keyword field that single-character queries search. */
    static final int KEYWORD_CHARS = 1000;

    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String ROW_CODE = "row_code";
    private static final String DEPARTMENT_CODE = "department_code";
    private static final String GRAMS = "grams";
    private static final String NAME = "name";
    private static final String TEXT = "text";
    private static final String DEPARTMENT = "department";
    private static final String YEAR = "year";
    private static final String WHERE = "where";
    private static final String LINK = "link";
    private static final String AMOUNT = "amount";
    private static final String STORED_CODE = "stored_department_code";
    private static final String SORT_KIND = "sort_kind";
    private static final String SORT_YEAR = "sort_year";
    private static final String SORT_DEPARTMENT = "sort_department";
    private static final String SORT_CODE = "sort_code";
    private static final String SORT_ORDINAL = "sort_ordinal";

    private static final String DEPARTMENT_KIND = "部门";
    private static final String PROJECT_KIND = "项目";
    private static final String ROW_KIND = "科目";
    private static final String THREE_PUBLIC_KIND = "三公";
    private static final Map<String, Long> KIND_ORDER = Map.of(DEPARTMENT_KIND, 0L, PROJECT_KIND, 1L, THREE_PUBLIC_KIND, 2L,
            ROW_KIND, 3L);
    /** Between an item's text and its other names in the pairs field: a character no folded query holds. */
    private static final String TERM_SEPARATOR = "\u0000";

    private static final Sort ORDER = new Sort(new SortField(SORT_KIND, SortField.Type.LONG),
            new SortField(SORT_YEAR, SortField.Type.LONG, true), new SortField(SORT_DEPARTMENT, SortField.Type.STRING),
            new SortField(SORT_CODE, SortField.Type.STRING), new SortField(SORT_ORDINAL, SortField.Type.LONG));

    /** Positions for phrases; no norms or scores are needed, results are sorted by fields. */
    private static final FieldType GRAMS_TYPE = new FieldType();

    static {
        GRAMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        GRAMS_TYPE.setTokenized(true);
        GRAMS_TYPE.setOmitNorms(true);
        GRAMS_TYPE.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new NGramTokenizer(2, 2));
        }
    };
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private boolean closed;

    /** Opens the index in this directory, creating the directory and an empty index if there is none. */
    public SearchIndex(Path directory) throws IOException {
        this(FSDirectory.open(Files.createDirectories(directory)));
    }

    /** An index held in memory, for tests. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriter opened = null;
        try {
            // Kept in the order results are shown: a search that matches a province's every row stops after the first
            // hits of each segment instead of sorting them all.
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setIndexSort(ORDER);
            opened = new IndexWriter(directory, config);
            opened.commit();
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            directory.close();
            throw e;
        }
        this.writer = opened;
    }

    /**
     * Indexes a department-year, replacing everything indexed for it before (a correction replaces the original). The
     * next search sees it (a near-real-time reader of the writer); it is on disk after the next {@link #commit()} (or
     * {@link #close()}) — a publication does not wait for an fsync.
     */
    public synchronized void put(SearchDocument document) {
        write(() -> index(document), false);
    }

    /** Indexes many department-years with one commit; a department-year given twice keeps the later one. */
    public synchronized void putAll(Iterable<SearchDocument> documents) {
        write(() -> {
            for (SearchDocument document : documents) {
                index(document);
            }
        }, true);
    }

    /** Makes everything indexed so far durable. */
    public synchronized void commit() {
        write(() -> { }, true);
    }

    /** Forgets a department-year. */
    public synchronized void remove(String departmentCode, int year) {
        write(() -> writer.deleteDocuments(key(departmentCode, year)), true);
    }

    /** The items matching the query (see the class comment), at most {@code limit}; never throws on any input. */
    public List<SearchHit> search(String query, int limit) {
        String q = query == null ? "" : fold(query).strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int n = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
                // Only the hits shown are counted: in the index's own order a segment is left after its first n.
                ScoreDoc[] found = searcher.search(query(q), new TopFieldCollectorManager(ORDER, n, null, n)).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(found.length);
                for (ScoreDoc hit : found) {
                    Document d = stored.document(hit.doc);
                    hits.add(new SearchHit(d.get(KIND), d.get(TEXT), d.get(DEPARTMENT), d.getField(YEAR).numericValue().intValue(),
                            d.get(WHERE), d.get(LINK), d.get(STORED_CODE), d.get(AMOUNT) == null ? null : new java.math.BigDecimal(d.get(AMOUNT))));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of items indexed. */
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (directory; writer; searchers) {
            // closed in reverse order: searchers, writer (which commits), directory
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String q) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DEPARTMENT_CODE, q)), Occur.SHOULD);
        if (q.codePointCount(0, q.length()) == 1) {
            return any.add(new WildcardQuery(new Term(NAME, "*" + escapeWildcard(q) + "*")), Occur.SHOULD).build();
        }
        if (!q.matches("\\d{3,7}")) {
            return any.add(phrase(q), Occur.SHOULD).build();
        }
        Query names = new BooleanQuery.Builder().add(phrase(q), Occur.MUST)
                .add(new TermQuery(new Term(KIND, ROW_KIND)), Occur.MUST_NOT).build();
        return any.add(names, Occur.SHOULD).add(new TermQuery(new Term(ROW_CODE, q)), Occur.SHOULD).build();
    }

    /** The phrase of the query's character pairs, made by the same analyzer as the index's. */
    private Query phrase(String q) throws IOException {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int position = 0;
        try (TokenStream tokens = analyzer.tokenStream(GRAMS, q)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                phrase.add(new Term(GRAMS, term.toString()), position++);
            }
            tokens.end();
        }
        return position == 0 ? new MatchNoDocsQuery() : phrase.build();
    }

    private static String escapeWildcard(String s) {
        StringBuilder escaped = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR || c == WildcardQuery.WILDCARD_ESCAPE) {
                escaped.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    private void index(SearchDocument document) throws IOException {
        List<Document> items = new ArrayList<>(document.items().size());
        for (int i = 0; i < document.items().size(); i++) {
            items.add(item(document, document.items().get(i), i));
        }
        writer.updateDocuments(key(document.departmentCode(), document.year()), items);
    }

    private static Document item(SearchDocument document, SearchDocument.Item item, int ordinal) {
        Document d = new Document();
        d.add(new StringField(KEY, key(document.departmentCode(), document.year()).text(), Field.Store.NO));
        d.add(new StringField(KIND, item.kind(), Field.Store.YES));
        d.add(new StoredField(TEXT, item.text()));
        d.add(new StoredField(DEPARTMENT, document.departmentName()));
        d.add(new StoredField(YEAR, document.year()));
        if (item.where() != null) {
            d.add(new StoredField(WHERE, item.where()));
        }
        if (item.link() != null) {
            d.add(new StoredField(LINK, item.link()));
        }
        if (item.amount() != null) {
            d.add(new StoredField(AMOUNT, item.amount().toPlainString()));
        }
        String searchable = searchable(item);
        if (item.kind().equals(ROW_KIND)) {
            if (item.code() != null) {
                d.add(new StringField(ROW_CODE, item.code(), Field.Store.NO));
            }
        } else if (!item.kind().equals(THREE_PUBLIC_KIND)) {
            if (item.kind().equals(DEPARTMENT_KIND)) {
                d.add(new StringField(DEPARTMENT_CODE, prefix(document.departmentCode().toLowerCase(Locale.ROOT), KEYWORD_CHARS),
                        Field.Store.NO));
            }
            d.add(new StringField(NAME, prefix(searchable, KEYWORD_CHARS), Field.Store.NO));
        }
        d.add(new StoredField(STORED_CODE, document.departmentCode()));
        if (searchable != null) {
            StringBuilder grams = new StringBuilder(searchable);
            item.terms().forEach(term -> grams.append(TERM_SEPARATOR).append(fold(term)));
            d.add(new Field(GRAMS, grams.toString(), GRAMS_TYPE));
        }
        d.add(new NumericDocValuesField(SORT_KIND, KIND_ORDER.getOrDefault(item.kind(), 4L)));
        d.add(new NumericDocValuesField(SORT_YEAR, document.year()));
        d.add(new SortedDocValuesField(SORT_DEPARTMENT, new BytesRef(prefix(document.departmentName(), KEYWORD_CHARS))));
        d.add(new SortedDocValuesField(SORT_CODE, new BytesRef(prefix(document.departmentCode(), KEYWORD_CHARS))));
        d.add(new NumericDocValuesField(SORT_ORDINAL, ordinal));
        return d;
    }

    /**
     * The lower-cased text a query must be a substring of: a department's or project's name; a 科目 row's name, the
     * text after its code; null for a 科目 row without a code, which only a code could find and does not have.
     */
    static String searchable(SearchDocument.Item item) {
        String text = item.text().strip();
        if (item.kind().equals(ROW_KIND)) {
            if (item.code() == null) {
                return null;
            }
            text = text.startsWith(item.code()) ? text.substring(item.code().length()).strip() : text;
        }
        return fold(text);
    }

    /**
     * Text as it is matched, the same for a query and what it may find: NFKC (full-width letters, digits and brackets
     * as the ASCII ones), lower case (root locale), without quotation marks — published labels quote their terms
     * (「“三公”经费」) and readers do not — and without control characters.
     */
    public static String fold(String text) {
        String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(normal.length());
        normal.codePoints().filter(c -> !isQuote(c) && !Character.isISOControl(c)).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    private static boolean isQuote(int c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "\"'「」『』".indexOf(c) >= 0;
    }

    private static String prefix(String s, int codePoints) {
        return s.codePointCount(0, s.length()) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    private static Term key(String departmentCode, int year) {
        return new Term(KEY, departmentCode + '\u0000' + year);
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write change, boolean commit) {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
        try {
            change.run();
            if (commit) {
                writer.commit();
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

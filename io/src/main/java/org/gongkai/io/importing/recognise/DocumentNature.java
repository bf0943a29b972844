package org.gongkai.io.importing.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Titles;

/**
 * What a document is, from its words (vocabulary in {@code natures.tsv}): a budget or final-accounts disclosure, which
 * is imported, or something else — a 绩效评价 report, an 审计报告, a 通知, a scan or an image OCR read nothing on — which
 * is refused with a message naming it for what it is, with the words that said so ({@link #requireDisclosure()}).
 *
 * @param nature   what the document is
 * @param name     what the message calls it (「专项资金绩效评价结果」); empty when nothing named it
 * @param evidence the words that said so, as found
 * @param ocr      which pages were read by OCR
 */
public record DocumentNature(Nature nature, String name, List<String> evidence, OcrReading ocr) {

    /** The kinds of document told apart. */
    public enum Nature {
        BUDGET, FINAL_ACCOUNTS, PERFORMANCE_EVALUATION, SCAN_WITHOUT_TEXT, IMAGE, OTHER
    }

    /** A line of natures.tsv. */
    private record Vocabulary(Nature nature, String name, List<String> title, List<String> text, int least, boolean overTables) {
    }

    private static final List<Vocabulary> VOCABULARY = vocabulary("natures.tsv");
    /** Fewer characters than this is no text: OCR found specks, or a scan's page numbers. */
    private static final int SOME_TEXT = 10;
    /** What a region's "三公" published as a whole is called. */
    private static final String REGIONS_THREE_PUBLIC = "地区汇总的“三公”经费公开";
    /** Words of a government's tables: a region's funds as a whole, its transfers, its debt. */
    private static final java.util.regex.Pattern REGION_WIDE = java.util.regex.Pattern.compile(
            "全(省|市|区|县|旗)|(省|市|区|县)级一般公共预算|本级(一般公共预算|政府性基金|国有资本)|税收返还|转移支付|社会保险基金|政府债务|债务限额");
    private static final java.util.regex.Pattern CITED = java.util.regex.Pattern.compile("《[^》]*》?");
    /** The opening lines whose words are the title. */
    private static final int TITLE_LINES = 3;

    public DocumentNature {
        evidence = List.copyOf(evidence);
    }

    /** Reads what a document is from its blocks. */
    public static DocumentNature of(SourceDocument document) {
        return of(document, DocumentFacts.Opening.of(document.blocks()));
    }

    /** Reads what a document is from its blocks and its opening, read once by the importer. */
    public static DocumentNature of(SourceDocument document, DocumentFacts.Opening opening) {
        String text = folded(texts(document));
        if (text.length() < SOME_TEXT && document.ocr().ocr()) {
            return new DocumentNature(document.ocr().image() ? Nature.IMAGE : Nature.SCAN_WITHOUT_TEXT, "", List.of(), document.ocr());
        }
        // Which of the two a disclosure is, the importer's own reading of its cover and headings says.
        Nature disclosure = opening.isFinalAccounts() ? Nature.FINAL_ACCOUNTS : Nature.BUDGET;
        // The title the importer found (below a site's chrome, or broken over the opening lines) and the opening lines.
        // A document cited in 《》 (「根据《关于编制2023年预算的通知》」) is not what this one is.
        String title = CITED.matcher(folded(Stream.concat(Stream.of(opening.title()), texts(document).stream().filter(t -> !DocumentFacts.isChrome(t))
                .limit(TITLE_LINES)).map(t -> t.length() > 60 ? t.substring(0, 60) : t).toList())).replaceAll("");
        Optional<Found> titled = byTitle(title, text);
        if (titled.isPresent() && titled.get().overTables()) {
            return new DocumentNature(titled.get().nature(), titled.get().name(), titled.get().evidence(), document.ocr());
        }
        List<String> tables = tableTitles(document);
        if (tables.size() >= 2) {
            return new DocumentNature(disclosure, "", tables.subList(0, Math.min(3, tables.size())), document.ocr());
        }
        if (opening.regionsThreePublic()) {
            return new DocumentNature(Nature.OTHER, REGIONS_THREE_PUBLIC, List.of(opening.title()), document.ocr());
        }
        return titled.or(() -> byText(text)).map(found -> disclosure(found.nature())
                        ? new DocumentNature(disclosure, "", found.evidence(), document.ocr())
                        : new DocumentNature(found.nature(), found.name(), found.evidence(), document.ocr()))
                .orElse(new DocumentNature(Nature.OTHER, "", List.of(), document.ocr()));
    }

    /** Whether the document is a budget or final-accounts disclosure, or nothing named it otherwise: the importer reads on. */
    public boolean readable() {
        return nature == Nature.BUDGET || nature == Nature.FINAL_ACCOUNTS || nature == Nature.OTHER && name.isEmpty();
    }

    /** Refuses a document that is not a disclosure, naming what it is; a disclosure (or an unnamed text) passes. */
    public void requireDisclosure(String documentName) {
        if (!readable()) {
            throw new ImportException(documentName + message());
        }
    }

    /** 「是扫描的专项资金绩效评价结果，不是部门预算或决算公开文件（依据：…；第 1–7 页由 OCR 识别…）」. */
    String message() {
        String read = ocr.ocr() ? "；" + ocr.chinese() : "";
        return switch (nature) {
            case SCAN_WITHOUT_TEXT -> " 是扫描件（" + OcrReading.pageRanges(ocr.pages()) + "只有图像），OCR 未识别出文字，不是可读取的部门预算或决算公开文件";
            case IMAGE -> " 是图片，OCR 未识别出文字，不是部门预算或决算公开文件";
            default -> " 是" + (ocr.image() ? "图片形式的" : ocr.ocr() ? "扫描的" : "") + name + "，不是部门预算或决算公开文件（依据："
                    + String.join("", evidence.stream().map(w -> "“" + w + "”").toList()) + read + "）";
        };
    }

    private record Found(Nature nature, String name, List<String> evidence, boolean overTables) {
    }

    /** The first line whose title words the title holds; the disclosures' lines come last (their words occur in others' titles). */
    private static Optional<Found> byTitle(String title, String text) {
        for (Vocabulary v : VOCABULARY) {
            Optional<String> word = v.title().stream().filter(title::contains).findFirst();
            if (word.isPresent()) {
                List<String> evidence = new ArrayList<>(List.of(word.get()));
                v.text().stream().filter(text::contains).filter(w -> !evidence.contains(w)).limit(3).forEach(evidence::add);
                return Optional.of(new Found(v.nature(), v.name(), evidence, v.overTables()));
            }
        }
        return Optional.empty();
    }

    /**
     * Without a title that names it: a disclosure's words first (a tables-only file has no cover), then the first line
     * with enough of its words.
     */
    private static Optional<Found> byText(String text) {
        List<Vocabulary> ordered = new ArrayList<>(VOCABULARY.stream().filter(v -> disclosure(v.nature())).toList());
        VOCABULARY.stream().filter(v -> !disclosure(v.nature())).forEach(ordered::add);
        for (Vocabulary v : ordered) {
            List<String> found = v.text().stream().filter(text::contains).toList();
            if (found.size() >= v.least()) {
                return Optional.of(new Found(v.nature(), v.name(), found.subList(0, Math.min(4, found.size())), v.overTables()));
            }
        }
        return Optional.empty();
    }

    private static boolean disclosure(Nature nature) {
        return nature == Nature.BUDGET || nature == Nature.FINAL_ACCOUNTS;
    }

    /**
     * The titles of standard or regional tables, of either kind, the document's lines are; a table of a region's
     * funds as a whole (「全县一般公共预算收支执行情况表」「税收返还和转移支付决算表」) is a government's, no department's.
     */
    private static List<String> tableTitles(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text())
                .filter(t -> t.length() <= 60 && !REGION_WIDE.matcher(t).find()).filter(Titles::isTableTitleOfEitherKind).limit(10).map(String::strip).toList();
    }

    private static List<String> texts(SourceDocument document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Text t) {
                texts.add(t.text());
            } else {
                ((Block.Grid) block).rows().forEach(row -> texts.add(String.join(" ", row)));
            }
        }
        return texts;
    }

    /** Text folded for matching: full-width as half-width, no spaces; quotes kept (「“三公”经费」 folds to 三公). */
    private static String folded(List<String> texts) {
        return Normalizer.normalize(String.join("", texts), Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static List<Vocabulary> vocabulary(String resource) {
        try (InputStream in = DocumentNature.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少资源文件 " + resource);
            }
            List<Vocabulary> lines = new ArrayList<>();
            boolean header = true;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException(resource + " 的一行应有 6 列：" + line);
                }
                if (!header) {
                    lines.add(new Vocabulary(Nature.valueOf(cells[0]), cells[1], words(cells[2]), words(cells[3]), Integer.parseInt(cells[4]),
                            cells[5].equals("yes")));
                }
                header = false;
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取资源文件 " + resource, e);
        }
    }

    private static List<String> words(String alternatives) {
        return Arrays.stream(alternatives.split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> Normalizer.normalize(w, Normalizer.Form.NFKC)).toList();
    }
}

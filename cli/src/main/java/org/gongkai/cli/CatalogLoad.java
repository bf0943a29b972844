package org.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gongkai.core.classification.CatalogDifferences;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.OfficialCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.catalog.CatalogFile;
import org.gongkai.io.catalog.CatalogFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai catalog load FILE --year 2026 [--region 310107]}: reads and judges a finance bureau's official catalog
 * file and prints how it differs from the built-in catalog; with {@code --server} it is loaded into a running Gongkai
 * (as a pending version, applied only with {@code --apply}).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "读取官方《政府收支分类科目》文件（XLSX/XLS/CSV），列出与内置目录的差异；--server 载入运行中的 Gongkai")
final class CatalogLoad implements Callable<Integer> {

    private static final int LISTED = 30;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "目录文件")
    Path file;

    @Option(names = "--year", required = true, description = "预算年度")
    int year;

    @Option(names = "--region", description = "行政区划代码（只适用于该区划及其下级；不填适用于全部地区）")
    String region;

    @Option(names = "--all", description = "列出全部差异（默认每类最多 " + LISTED + " 条）")
    boolean all;

    @Option(names = "--server", description = "运行中的 Gongkai 地址，如 http://localhost:8080")
    URI server;

    @Option(names = "--user", description = "管理员用户名（密码取自环境变量 GONGKAI_PASSWORD，或在终端输入）")
    String user;

    @Option(names = "--apply", description = "载入后立即应用（否则保留为待确认版本，在 /work/catalogs 核对后应用）")
    boolean apply;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        CatalogFile read = CatalogFileReader.read(name, bytes);
        OfficialCatalog official = OfficialCatalog.of(name, year, read.lines());
        out.println(name + "：" + read.summary() + "，功能分类 " + official.functions().size() + " 个、经济分类 "
                + official.economics().size() + " 个，未发现问题");
        if (server == null) {
            YearCatalog builtIn = ClassificationCatalog.builtIn().forYear(year);
            print(out, "与内置目录相比，功能分类", CatalogDifferences.between(builtIn.functionsInForce(), official.functions()));
            if (!official.economics().isEmpty()) {
                print(out, "与内置目录相比，经济分类", CatalogDifferences.between(builtIn.economicsInForce(), official.economics()));
            }
            out.println("（未载入：加 --server 地址 --user 管理员 载入运行中的 Gongkai）");
        } else {
            upload(out, name, bytes);
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, String title, CatalogDifferences differences) {
        out.println(title + differences.summary());
        list(out, "新增", differences.added().stream().map(e -> e.code() + " " + e.name()).toList());
        list(out, "更名", differences.renamed().stream().map(r -> r.code() + " " + r.before() + " → " + r.after()).toList());
        list(out, "停用", differences.withdrawn().stream().map(CatalogEntry::code).toList());
    }

    private void list(PrintWriter out, String kind, List<String> lines) {
        lines.stream().limit(all ? Long.MAX_VALUE : LISTED).forEach(line -> out.println("  " + kind + "  " + line));
        if (!all && lines.size() > LISTED) {
            out.println("  " + kind + "  …另 " + (lines.size() - LISTED) + " 个（--all 列出全部）");
        }
    }

    private void upload(PrintWriter out, String name, byte[] bytes) throws IOException, InterruptedException {
        if (user == null) {
            throw new IllegalArgumentException("--server 须与 --user（管理员用户名）同用");
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password()).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        String boundary = "gongkai-" + UUID.randomUUID();
        String query = "?year=" + year + (region == null ? "" : "&region=" + region);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/admin/catalogs" + query)).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(
                        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catalog\"; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                        bytes, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)))).build();
        JsonNode loaded = answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
        long id = loaded.path("version").path("id").asLong();
        out.println("已载入为第 " + id + " 版（待确认）。与服务器现行目录相比：" + loaded.path("summary").asText());
        if (apply) {
            answer(http.send(HttpRequest.newBuilder(server.resolve("/api/admin/catalogs/" + id + "/apply")).header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
            out.println("已应用：" + year + " 年" + (region == null ? "全部地区" : "区划 " + region) + "的填报、模板和校验使用此目录");
        } else {
            out.println("请在 " + server.resolve("/work/catalogs/" + id) + " 核对后应用，或加 --apply");
        }
    }

    private static JsonNode answer(HttpResponse<String> response) throws IOException {
        JsonNode body = new ObjectMapper().readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() >= 300) {
            throw new IOException("服务器拒绝（" + response.statusCode() + "）：" + body.path("message").asText(response.body()));
        }
        return body;
    }

    private static String password() {
        String fromEnvironment = System.getenv("GONGKAI_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (System.console() == null) {
            throw new IllegalArgumentException("请在环境变量 GONGKAI_PASSWORD 中给出密码");
        }
        return new String(System.console().readPassword("%s 的密码：", "管理员"));
    }
}

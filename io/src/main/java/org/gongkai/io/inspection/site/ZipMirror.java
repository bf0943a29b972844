package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;

/**
 * A site mirror folder uploaded as one zip (a browser sends files, not folders): its entries keyed as {@link MirrorFolder}
 * keys a folder's files, the host's folder at the top or under one enclosing folder. Each entry is read only when
 * looked at, from the zip opened again, so no zip stays open after the batch and no mirror sits whole in memory.
 */
final class ZipMirror {

    private ZipMirror() {
    }

    /** Whether the zip holds a saved site: a host's folder (www.x.gov.cn/) or HTTrack's hts-cache, at the top or one down. */
    static boolean isMirror(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).anyMatch(name -> prefix(name) != null);
        } catch (IOException e) {
            return false;
        }
    }

    static SavedSite read(Path zip) {
        Map<String, SiteResource> byKey = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String prefix = file.stream().map(e -> prefix(e.getName())).filter(p -> p != null).findFirst().orElse("");
            List<ZipEntry> entries = file.stream().filter(e -> !e.isDirectory()).map(e -> (ZipEntry) e)
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (!name.startsWith(prefix)) {
                    continue;
                }
                String key = name.substring(prefix.length());
                String last = key.substring(key.lastIndexOf('/') + 1);
                if (key.startsWith("hts-cache/") || last.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (byKey.size() >= MirrorFolder.MAX_FILES) {
                    throw new ImportException(zip.getFileName() + "：镜像中的文件超过 " + MirrorFolder.MAX_FILES + " 个，请只选一个网站的公开栏目");
                }
                byKey.put(key, new SiteResource(key, null, Math.max(0, entry.getSize()), () -> entry(zip, name)));
            }
        } catch (IOException e) {
            throw new ImportException(zip.getFileName() + "：不是有效的 zip 文件（" + e.getMessage() + "）");
        }
        return new SavedSite(zip.toString(), byKey, skipped);
    }

    /** What comes before the host's folder in an entry's name ("" or "enclosing/"); null when the entry is in none. */
    private static String prefix(String name) {
        String[] parts = name.split("/");
        for (int i = 0; i < Math.min(2, parts.length - 1); i++) {
            if (isHost(parts[i]) || parts[i].equals("hts-cache")) {
                return i == 0 ? "" : parts[0] + "/";
            }
        }
        return null;
    }

    /** A host's name ends in letters (gov.cn), so that a documents folder named 「2023.01」 is no host. */
    private static boolean isHost(String segment) {
        return SiteLinks.hostOf(segment) != null && segment.replaceFirst(":\\d+$", "").matches(".*\\.[A-Za-z]{2,}$");
    }

    /** At most the size limit plus one byte, whatever the entry claims. */
    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            byte[] bytes = in.readNBytes((int) Documents.MAX_BYTES + 1);
            Documents.requireReadableSize(name, bytes.length);
            return bytes;
        }
    }
}

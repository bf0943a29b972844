package org.gongkai.io.inspection.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.io.importing.source.ImportException;

/**
 * A saved website: every file it holds by key, and what could not be taken from it (each a Chinese reason naming the
 * file). A folder as wget or HTTrack mirror it, or a WARC file.
 */
record SavedSite(String source, Map<String, SiteResource> byKey, List<String> skipped) {

    /** A folder or a .warc / .warc.gz file; anything else is refused naming it. */
    static SavedSite open(Path path) {
        if (!Files.exists(path)) {
            throw new ImportException(path + "：文件或文件夹不存在");
        }
        if (Files.isDirectory(path)) {
            return MirrorFolder.read(path);
        }
        if (isWarc(path)) {
            return WarcArchive.read(path);
        }
        if (isZip(path) && ZipMirror.isMirror(path)) {
            return ZipMirror.read(path);
        }
        throw new ImportException(path + "：不是网站镜像文件夹，也不是 WARC 文件（.warc / .warc.gz）");
    }

    static boolean isWarc(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    static boolean isZip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The file a key names: itself, or the index page of the folder it names. */
    Optional<SiteResource> find(String key) {
        for (String candidate : List.of(key, key + (key.endsWith("/") ? "" : "/") + "index.html",
                key + (key.endsWith("/") ? "" : "/") + "index.htm", key + (key.endsWith("/") ? "" : "/") + "index.shtml")) {
            SiteResource found = byKey.get(candidate);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}

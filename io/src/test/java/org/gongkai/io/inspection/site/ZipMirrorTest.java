package org.gongkai.io.inspection.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.Scorecard;
import org.gongkai.io.inspection.Timeliness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mirror folder zipped, as a browser uploads it: the same disclosures as the folder, and a zip of documents is no site. */
class ZipMirrorTest {

    @TempDir
    Path temp;

    private Path zipped(Path folder, String enclosing) throws IOException {
        Path zip = temp.resolve("site.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry(enclosing + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void findsTheMirrorsDisclosuresInItsZipEvenUnderAnEnclosingFolder() throws IOException {
        Path mirror = SiteFixtures.mirror(temp.resolve("mirror"));
        Path zip = zipped(mirror, "县财政局网站/");

        assertThat(SiteBatch.isSite(zip)).isTrue();
        DisclosureFinder.Found found = DisclosureFinder.find(zip);
        assertThat(found.disclosures()).extracting(SiteDisclosure::page)
                .containsExactlyInAnyOrderElementsOf(DisclosureFinder.find(mirror).disclosures().stream().map(SiteDisclosure::page).toList());
        var cards = Inspection.run(SiteBatch.of(found), Timeliness.none().withPublished(SiteBatch.published(found)), 2,
                (done, total) -> { }).documents();
        assertThat(cards).hasSize(3).allSatisfy(c -> assertThat(c.status()).as(c.reason()).isEqualTo(Scorecard.Status.CHECKED));
    }

    @Test
    void aZipOfDocumentsInDatedFoldersIsNoSite() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("docs/2023.01"));
        Files.writeString(folder.resolve("预算.txt"), "某部门2023年部门预算");
        assertThat(SiteBatch.isSite(zipped(temp.resolve("docs"), ""))).isFalse();
    }
}

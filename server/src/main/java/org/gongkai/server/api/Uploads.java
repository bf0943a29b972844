package org.gongkai.server.api;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gongkai.io.importing.read.ReadLimits;
import org.gongkai.io.intake.Intake;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every upload endpoint does with a single document: name it, bound its size, read it whatever it is. Callers
 * check that the user may upload there first: nothing is read for a user who may not.
 */
public final class Uploads {

    /**
     * Documents read at once. A document within {@link ReadLimits} takes up to about 80 MB of heap while read; two at
     * a time keep uploads within the heap the README states, however many arrive together.
     */
    static final int READ_AT_ONCE = 2;
    private static final Semaphore READERS = new Semaphore(READ_AT_ONCE, true);
    private static final long WAIT_SECONDS = 60;

    private Uploads() {
    }

    /** The name the user's file had, for messages; browsers may send none. */
    public static String nameOf(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "上传文件" : file.getOriginalFilename();
    }

    /** Refused over the single-document limit before it is read; then a model JSON, a filled template or a published document. */
    public static Intake.Result read(MultipartFile file) throws IOException {
        return read(file, Intake::read);
    }

    /** As {@link #read(MultipartFile)}, for a 决算 draft: a 决算's model, workbook or published document. */
    public static Intake.Result readFinalAccounts(MultipartFile file) throws IOException {
        return read(file, Intake::readFinalAccounts);
    }

    /** What a draft of the given kind is replaced by. */
    public static Intake.Result readFor(org.gongkai.core.budget.DisclosureKind kind, MultipartFile file) throws IOException {
        return kind == org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS ? readFinalAccounts(file) : read(file);
    }

    private interface Reader {
        Intake.Result read(String name, byte[] bytes);
    }

    private static Intake.Result read(MultipartFile file, Reader reader) throws IOException {
        ApiException.requireDocumentSize(nameOf(file), file.getSize());
        try {
            if (!READERS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw ApiException.busy("服务器正在读取其他上传的文件，请稍后重试（" + nameOf(file) + " 未读取，未作任何修改）");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy("读取被中断，未作任何修改");
        }
        try {
            return reader.read(nameOf(file), file.getBytes());
        } finally {
            READERS.release();
        }
    }
}

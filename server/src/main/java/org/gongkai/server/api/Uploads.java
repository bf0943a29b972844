package org.gongkai.server.api;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gongkai.io.importing.ReadLimits;
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
            return Intake.read(nameOf(file), file.getBytes());
        } finally {
            READERS.release();
        }
    }
}

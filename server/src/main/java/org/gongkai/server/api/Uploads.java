package org.gongkai.server.api;

import java.io.IOException;
import org.gongkai.io.intake.Intake;
import org.springframework.web.multipart.MultipartFile;

/** What every upload endpoint does with a single document: name it, bound its size, read it whatever it is. */
public final class Uploads {

    private Uploads() {
    }

    /** The name the user's file had, for messages; browsers may send none. */
    public static String nameOf(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "上传文件" : file.getOriginalFilename();
    }

    /** Refused over 60 MB before it is read; then a model JSON, a filled template or a published document. */
    public static Intake.Result read(MultipartFile file) throws IOException {
        ApiException.requireDocumentSize(nameOf(file), file.getSize());
        return Intake.read(nameOf(file), file.getBytes());
    }
}

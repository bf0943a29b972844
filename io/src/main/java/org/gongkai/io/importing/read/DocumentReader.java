package org.gongkai.io.importing.read;

import java.io.IOException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * The first stage of the importer: one published format read into the neutral {@link SourceDocument} every later
 * stage works on. {@link Formats} lists the readers in the order they are asked.
 */
public interface DocumentReader {

    /** Whether this reader takes the file, judged by its content first and by its name only where content cannot tell. */
    boolean reads(String name, byte[] bytes);

    /** The file's blocks in reading order; a file this reader cannot read is refused with an ImportException. */
    SourceDocument read(String name, byte[] bytes) throws IOException;
}

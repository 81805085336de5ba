package org.leadtocash.domain.architecture.violations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the no-I/O rule: reads leads from a file. */
public final class FileReadingImport {

  /** Reads the file at {@code path}. */
  public String read(String path) throws IOException {
    return Files.readString(Path.of(path));
  }
}

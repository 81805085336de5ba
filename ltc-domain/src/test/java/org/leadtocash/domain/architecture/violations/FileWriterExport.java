package org.leadtocash.domain.architecture.violations;

import java.io.File;

/** Breaks the no-I/O rule with a plain {@code java.io.File}. */
public final class FileWriterExport {

  /** Tells whether the export file exists. */
  public boolean exists(String name) {
    return new File(name).exists();
  }
}

package org.leadtocash.examples.store;

/**
 * Thrown when an append expects a stream at a version it is no longer at: another writer appended
 * first. Nothing of the refused append was written; the writer reloads the aggregate, sends its
 * command again and retries.
 */
public final class AppendConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stream whose version moved. */
  private final String stream;

  /** The version the append expected. */
  private final long expectedVersion;

  /**
   * Creates the exception.
   *
   * @param stream the stream's key; not null
   * @param expectedVersion the version the append expected
   * @param actualVersion the version the stream is at, or -1 if unknown (a concurrent insert won)
   */
  AppendConflictException(String stream, long expectedVersion, long actualVersion) {
    super(
        "stream "
            + stream
            + " is "
            + (actualVersion < 0
                ? "being appended to by another writer"
                : "at version " + actualVersion)
            + ", not at the expected version "
            + expectedVersion
            + ": reload it and retry");
    this.stream = stream;
    this.expectedVersion = expectedVersion;
  }

  /** {@return what conflicted and what to do: reload and retry; never null} */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage(), "a conflict has a message");
  }

  /** {@return the stream's key} */
  public String stream() {
    return stream;
  }

  /** {@return the version the refused append expected} */
  public long expectedVersion() {
    return expectedVersion;
  }
}

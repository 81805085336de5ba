package org.leadtocash.examples.store;

/** Thrown when the database fails or holds a row the store cannot read back faithfully. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed; not null
   */
  StoreException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what failed; not null
   * @param cause the database's or the codec's exception; not null
   */
  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.leadtocash.domain.architecture.violations;

/** Breaks the exception-family rule: a runtime exception outside {@code DomainException}. */
public final class QuotaExceeded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public QuotaExceeded(String message) {
    super(message);
  }
}

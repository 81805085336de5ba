package org.leadtocash.domain.architecture.violations;

/** Breaks the immutability rule with a public non-final field. */
public final class PublicMutableField {

  /** The name anyone may overwrite. */
  public String name = "";
}

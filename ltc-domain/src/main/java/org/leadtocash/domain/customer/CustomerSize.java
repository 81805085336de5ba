package org.leadtocash.domain.customer;

/** Segmentation by size (DOMAIN D6.7). */
public enum CustomerSize {
  /** Large enterprises and institutions, including government bodies (大型企事业单位、机关). */
  LARGE_ENTERPRISE_OR_INSTITUTION("large enterprise or institution"),
  /** Small and medium-sized enterprises and institutions (中小型企事业单位、机关). */
  SME("small or medium-sized enterprise"),
  /** Households: residential users (普通居民用户). */
  HOUSEHOLD("household");

  private final String label;

  CustomerSize(String label) {
    this.label = label;
  }

  /** {@return the size in the sources' words; never null} */
  public String label() {
    return label;
  }
}

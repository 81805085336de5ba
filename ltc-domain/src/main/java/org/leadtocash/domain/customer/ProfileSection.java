package org.leadtocash.domain.customer;

/**
 * The sections of a customer (enterprise) profile, in their pyramid order, then its appendices
 * (DOMAIN D6.8): the conclusion first, then the analyses that support it.
 */
public enum ProfileSection {
  /** 1. Summary. */
  SUMMARY("summary", false),
  /** 2. Industry environment and competition. */
  INDUSTRY_AND_COMPETITION("industry environment and competition", false),
  /** 3. Strategy and pain points. */
  STRATEGY_AND_PAIN_POINTS("strategy and pain points", false),
  /** 4. Financial analysis. */
  FINANCIAL_ANALYSIS("financial analysis", false),
  /** 5. Organisation. */
  ORGANISATION("organisation", false),
  /** 6. SWOT analysis and conclusion. */
  SWOT("SWOT", false),
  /** Appendix A: executive profiles. */
  EXECUTIVE_PROFILES("executive profiles", true),
  /** Appendix B: business segments. */
  BUSINESS_SEGMENTS("business segments", true),
  /** Appendix C: the annual key-events calendar. */
  KEY_EVENTS_CALENDAR("annual key-events calendar", true),
  /** Appendix D: details of the customer's network. */
  NETWORK_DETAILS("network details", true),
  /** Appendix E: country analysis. */
  COUNTRY_ANALYSIS("country analysis", true);

  private final String label;
  private final boolean appendix;

  ProfileSection(String label, boolean appendix) {
    this.label = label;
    this.appendix = appendix;
  }

  /** {@return the section's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return whether the section is an appendix rather than part of the main body} */
  public boolean isAppendix() {
    return appendix;
  }
}

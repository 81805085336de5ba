package org.leadtocash.domain.lead;

/** The three sub-processes of Manage Leads, in order, each with its owning role (DOMAIN D2.4). */
public enum LeadSubProcess {
  /** Collect and generate (收集与生成), owned by the lead creator. */
  COLLECT_AND_GENERATE(LeadRole.CREATOR, "collect and generate"),
  /** Validate and distribute (验证与分发), owned by the lead manager. */
  VALIDATE_AND_DISTRIBUTE(LeadRole.LEAD_MANAGER, "validate and distribute"),
  /** Track and nurture (跟踪与培育), owned by the nurturing owner. */
  TRACK_AND_NURTURE(LeadRole.NURTURING_OWNER, "track and nurture");

  private final LeadRole owner;

  private final String label;

  LeadSubProcess(LeadRole owner, String label) {
    this.label = label;
    this.owner = owner;
  }

  /**
   * {@return the lead sub process in words, for display, e.g. {@code collect and generate}; never
   * null}
   */
  public String label() {
    return label;
  }

  /** {@return the role that owns this sub-process; never null} */
  public LeadRole owner() {
    return owner;
  }
}

package org.leadtocash.domain.activity;

/**
 * The four stages of the project lifecycle across which the general relationship is developed, in
 * order (基于生命周期的普遍关系拓展, DOMAIN D7.11). The {@link RelationshipPlaybook} gives each stage's goal,
 * departments, methods and owners.
 */
public enum LifecycleStage {
  /** Finding and shaping opportunities (寻找发掘商机阶段). */
  OPPORTUNITY_DISCOVERY("opportunity discovery"),
  /** Running the project, including the bid (项目运作阶段, 包含投标). */
  PROJECT_OPERATION("project operation, including the bid"),
  /** Executing the contract (合同执行阶段). */
  CONTRACT_EXECUTION("contract execution"),
  /** Collecting the payments (回款阶段). */
  COLLECTION("collection");

  private final String label;

  LifecycleStage(String label) {
    this.label = label;
  }

  /** {@return the stage's name in the sources' words; never null} */
  public String label() {
    return label;
  }
}

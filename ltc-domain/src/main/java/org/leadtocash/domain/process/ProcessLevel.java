package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six levels into which a business process is decomposed, from the top (DOMAIN D1.1): L1
 * process category (流程类) → L2 process group (流程组) → L3 process (流程) → L4 sub-process (子流程) → L5
 * activity (活动) → L6 task (任务).
 *
 * <p>L1–L3 say {@linkplain ProcessConcern#WHAT what to do}: they are globally uniform and owned by
 * headquarters. L4–L6 say {@linkplain ProcessConcern#HOW how}, by role and scenario.
 */
public enum ProcessLevel {
  /** L1 process category (流程类): states the value of the process for the business. */
  L1(1, "process category", "流程类"),
  /** L2 process group (流程组): the business scope, its best path and the capabilities it needs. */
  L2(2, "process group", "流程组"),
  /** L3 process (流程): the logic of the group, with its KCPs and KDPs, uniform company-wide. */
  L3(3, "process", "流程"),
  /** L4 sub-process (子流程): the concrete actions of each role in each scenario. */
  L4(4, "sub-process", "子流程"),
  /** L5 activity (活动): an executable unit assigned to a role, with its tools and templates. */
  L5(5, "activity", "活动"),
  /** L6 task (任务): part of an activity, split out to ease understanding and execution. */
  L6(6, "task", "任务");

  private final int number;
  private final String label;
  private final String chineseTerm;

  ProcessLevel(int number, String label, String chineseTerm) {
    this.number = number;
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /**
   * Returns the level with the given number.
   *
   * @param number 1 to 6
   * @return the level, never null
   * @throws IllegalArgumentException if {@code number} is outside 1..6
   */
  public static ProcessLevel of(int number) {
    checkArgument(
        number >= 1 && number <= 6, "process levels are L1 to L6 (DOMAIN D1.1), not %s", number);
    return Arrays.stream(values()).filter(l -> l.number == number).findFirst().orElseThrow();
  }

  /** {@return the level's number, 1 for L1 to 6 for L6} */
  public int number() {
    return number;
  }

  /** {@return the level's name, e.g. {@code sub-process}; never null} */
  public String label() {
    return label;
  }

  /** {@return the level's Chinese name, e.g. {@code 子流程}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return whether the level says what to do (L1–L3) or how (L4–L6); never null} */
  public ProcessConcern concern() {
    return this.compareTo(L3) <= 0 ? ProcessConcern.WHAT : ProcessConcern.HOW;
  }

  /**
   * Returns the level of this level's child processes, e.g. L4 for L3.
   *
   * @return the next level down, or empty for L6; never null
   */
  public Optional<ProcessLevel> below() {
    return this == L6 ? Optional.empty() : Optional.of(of(number + 1));
  }

  /**
   * Returns the level of this level's parent process, e.g. L2 for L3.
   *
   * @return the next level up, or empty for L1; never null
   */
  public Optional<ProcessLevel> above() {
    return this == L1 ? Optional.empty() : Optional.of(of(number - 1));
  }

  /** {@return e.g. {@code L4 sub-process}} */
  @Override
  public String toString() {
    return name() + " " + label;
  }
}

package org.leadtocash.planning.skills;

import java.util.Optional;

/**
 * The stages of the customer's buying cycle, in order (DOMAIN D11.7): recognise the need, evaluate
 * the options, decide, implement, resolve the problems. Most sales are won or lost early, while the
 * need is recognised and developed, so the selling process is aligned with the buying cycle: each
 * stage names what the seller does while the customer is in it ({@link #sellingTask()}).
 */
public enum BuyingCycleStage {
  /** The customer recognises a need. */
  RECOGNISE_NEED(
      "recognise the need", "ask and listen: uncover the need and develop it with the customer"),
  /** The customer evaluates the options that meet it. */
  EVALUATE_OPTIONS(
      "evaluate the options",
      "shape the solution: tie the offer's features to the benefits the customer values, and"
          + " set it apart from the competitors'"),
  /** The customer decides. */
  DECIDE(
      "decide", "reach the decision makers, show the value, and negotiate the price and the terms"),
  /** The customer implements what it bought. */
  IMPLEMENT("implement", "deliver as promised, and make the first delivery a success"),
  /** The customer resolves the problems that come up. */
  RESOLVE_PROBLEMS(
      "resolve the problems",
      "resolve the problems quickly and turn the relationship towards further cooperation");

  private final String label;
  private final String sellingTask;

  BuyingCycleStage(String label, String sellingTask) {
    this.label = label;
    this.sellingTask = sellingTask;
  }

  /** {@return the stage in words, e.g. "evaluate the options"; never null} */
  public String label() {
    return label;
  }

  /**
   * {@return what the selling process does while the customer is in this stage (DOMAIN D11.7);
   * never null}
   */
  public String sellingTask() {
    return sellingTask;
  }

  /** {@return the stage that follows in the buying cycle, empty after the last; never null} */
  public Optional<BuyingCycleStage> next() {
    BuyingCycleStage[] stages = values();
    return ordinal() + 1 < stages.length ? Optional.of(stages[ordinal() + 1]) : Optional.empty();
  }
}

package org.leadtocash.planning.pricing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.RuleId;

/**
 * The cost basis the pricing decision tree reaches for a case, with the path of answers that led to
 * it (DOMAIN D11.8).
 *
 * <p>Long-run average incremental cost (LRAIC) is the default cost basis; marginal cost is used
 * where capacity utilisation is low. The tree, as drawn in the McKinsey workshop material the
 * section comes from:
 *
 * <pre>
 * Q1 can a winning price be offered at the current price minus the maximum discount?
 * ├─ yes → CURRENT_PRICE_WITH_DISCOUNT  keep today's pricing and discounts
 * └─ no  → Q2 can the customer be moved to a lower-cost platform (LRAIC)?
 *          ├─ yes → Q3 do the new platform's savings support the winning price?
 *          │        ├─ yes → Q4 is the new platform under-used?
 *          │        │        ├─ no  → LRAIC          move, and price on the lower LRAIC
 *          │        │        └─ yes → MARGINAL_COST  re-cost at marginal cost, price anew
 *          │        └─ no  → MANAGEMENT_DECISION
 *          └─ no  → Q5 is the current platform under-used?
 *                   ├─ yes → MARGINAL_COST  re-cost at marginal cost, price anew
 *                   └─ no  → MANAGEMENT_DECISION
 * </pre>
 *
 * <p>An {@link Answer#UNKNOWN unknown} answer stops the walk at its question: the case is undecided
 * and goes to management ({@link CostBasis#MANAGEMENT_DECISION}), with the unknown answer as the
 * last step of the path. So every combination of answers reaches exactly one leaf, and the path
 * holds the questions asked, in order, each with the answer given.
 *
 * @param basis the decision; not null
 * @param path the questions asked, in order, with their answers; not null, not empty, a path
 *     through the tree that ends at {@code basis}
 */
public record PricingDecision(CostBasis basis, List<PricingStep> path) {

  /**
   * Checks that the path walks the tree to the decision: each answer leads to the next question or,
   * for the last, to the decision.
   *
   * @param basis the decision; not null
   * @param path the questions asked with their answers; not null, not empty
   * @throws IllegalArgumentException if the path is not a walk through the tree from its first
   *     question to {@code basis}
   */
  public PricingDecision {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(basis, "basis");
    path = ImmutableList.copyOf(path);
    checkArgument(
        !path.isEmpty(),
        "a pricing decision has the path of answers that led to it (DOMAIN D11.8)");
    PricingAnswers answers = PricingAnswers.none();
    Set<PricingQuestion> asked = EnumSet.noneOf(PricingQuestion.class);
    for (PricingStep step : path) {
      checkArgument(
          asked.add(step.question()),
          "a path through the pricing tree asks each question once (DOMAIN D11.8): %s",
          step.question());
      answers = answers.with(step.question(), step.answer());
    }
    Walk walked = walk(answers);
    checkArgument(
        walked.path().equals(path) && walked.basis() == basis,
        "the answers %s lead through the pricing tree to %s, not %s (DOMAIN D11.8)",
        path,
        walked.basis(),
        basis);
  }

  /**
   * Walks the decision tree with the given answers (DOMAIN D11.8).
   *
   * @param answers the planner's answers; not null; an unanswered question on the path counts as
   *     unknown
   * @return the decision and the path that led to it, never null
   */
  public static PricingDecision decide(PricingAnswers answers) {
    Objects.requireNonNull(answers, "answers");
    Walk walked = walk(answers);
    return new PricingDecision(walked.basis(), walked.path());
  }

  /** A walk through the tree: the leaf reached and the path to it. */
  private record Walk(CostBasis basis, ImmutableList<PricingStep> path) {}

  private static Walk walk(PricingAnswers answers) {
    ImmutableList.Builder<PricingStep> path = ImmutableList.builder();
    Answer q1 = ask(answers, PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT, path);
    if (q1 != Answer.NO) {
      return leaf(q1 == Answer.YES ? CostBasis.CURRENT_PRICE_WITH_DISCOUNT : undecided(), path);
    }
    Answer q2 = ask(answers, PricingQuestion.LOWER_COST_PLATFORM, path);
    if (q2 == Answer.YES) {
      Answer q3 = ask(answers, PricingQuestion.SAVINGS_SUPPORT_WINNING_PRICE, path);
      if (q3 != Answer.YES) {
        return leaf(undecided(), path);
      }
      Answer q4 = ask(answers, PricingQuestion.NEW_PLATFORM_UNDER_USED, path);
      return switch (q4) {
        case NO -> leaf(CostBasis.LRAIC, path);
        case YES -> leaf(CostBasis.MARGINAL_COST, path);
        case UNKNOWN -> leaf(undecided(), path);
      };
    }
    if (q2 == Answer.UNKNOWN) {
      return leaf(undecided(), path);
    }
    Answer q5 = ask(answers, PricingQuestion.CURRENT_PLATFORM_UNDER_USED, path);
    return leaf(q5 == Answer.YES ? CostBasis.MARGINAL_COST : undecided(), path);
  }

  private static CostBasis undecided() {
    return CostBasis.MANAGEMENT_DECISION;
  }

  private static Answer ask(
      PricingAnswers answers, PricingQuestion question, ImmutableList.Builder<PricingStep> path) {
    Answer answer = answers.answer(question);
    path.add(new PricingStep(question, answer));
    return answer;
  }

  private static Walk leaf(CostBasis basis, ImmutableList.Builder<PricingStep> path) {
    return new Walk(basis, path.build());
  }

  /** {@return the rule the decision follows (DOMAIN D11.8): {@link RuleId#D11_8}; never null} */
  public RuleId rule() {
    return RuleId.D11_8;
  }

  /** {@return whether the tree decided the case, rather than leaving it to management} */
  public boolean isDecided() {
    return basis != CostBasis.MANAGEMENT_DECISION;
  }

  /**
   * {@return the decision and its path in words, e.g. "re-cost at marginal cost on the under-used
   * platform and price anew, because: can a winning price be offered …? no; …"; never null}
   */
  public String explanation() {
    return basis.label()
        + " (DOMAIN D11.8), because: "
        + String.join("; ", path.stream().map(PricingStep::explanation).toList());
  }
}

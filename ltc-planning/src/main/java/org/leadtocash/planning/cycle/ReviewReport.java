package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * The report of the third stage, review and adjust (DOMAIN D11.10): every {@link ReviewQuestion},
 * in order, with its answer and whether it passes. The plan passes the review when every question
 * passes — answered yes, or answered no and the plan adjusted; only then may the cycle move on to
 * implementation.
 *
 * @param items one item per review question, in the questions' order; not null
 */
public record ReviewReport(List<ReviewItem> items) {

  /**
   * Copies the items and checks that there is one per question, in order.
   *
   * @param items one item per review question, in order; not null
   * @throws IllegalArgumentException if a question is missing, repeated or out of order
   */
  public ReviewReport {
    Objects.requireNonNull(items, "items");
    items = ImmutableList.copyOf(items);
    ReviewQuestion[] questions = ReviewQuestion.values();
    checkArgument(
        items.size() == questions.length,
        "a review report lists all %s review questions (DOMAIN D11.10), not %s",
        questions.length,
        items.size());
    for (int i = 0; i < questions.length; i++) {
      checkArgument(
          items.get(i).question() == questions[i],
          "a review report lists the questions in order (DOMAIN D11.10): expected %s at %s, not %s",
          questions[i],
          i + 1,
          items.get(i).question());
    }
  }

  /** {@return the rule the review reports on (DOMAIN D11.10): {@link RuleId#D11_10}; never null} */
  public RuleId rule() {
    return RuleId.D11_10;
  }

  /** {@return whether every question passes: the cycle may move on to implementation} */
  public boolean passes() {
    return items.stream().allMatch(ReviewItem::passes);
  }

  /** {@return the questions that do not pass yet, in order; never null, empty when it passes} */
  public List<ReviewItem> open() {
    return items.stream().filter(i -> !i.passes()).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the report in words: "passes", or each open question with its state, joined by "; "
   * (DOMAIN D11.10); never null}
   */
  public String explanation() {
    return passes()
        ? "passes"
        : String.join(
            "; ", open().stream().map(i -> i.question().label() + " " + i.reason()).toList());
  }
}
